/**
 * Validation of the envelopes the hub emits against the published Open Floor schemas, loaded from
 * the test data in test/fixtures/openfloor (not from the hub's own copy): the 1.1.0 envelope
 * schema, and — because that schema only names them with a non-resolving `ref` — the dialog event
 * schema 1.0.2 for every utterance's dialogEvent and the assistant manifest schema 1.0.1 for every
 * published manifest. Legacy answers are checked against the OVON 0.9.3 schema.
 */
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';

type AjvClass = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ??
  Ajv2020Module) as unknown as AjvClass;

const load = (p: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/openfloor/${p}`, import.meta.url), 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
const envelope = ajv.compile(load('conversation-envelope/1.1.0/conversation-envelope-schema.json'));
const ovon = ajv.compile(load('conversation-envelope/0.9.3/conversation-envelope-schema.json'));
const { $schema: _drop, ...dialogEventSchema } = load('dialog-event/1.0.2/dialog-event-schema.json');
const dialogEvent = ajv.compile(dialogEventSchema);
const manifest = ajv.compile(load('assistant-manifest/1.0.1/assistant-manifest-schema.json'));

export const sample = (name: string) => load(`samples-1.1.0/${name}`);

/** Every problem of an emitted 1.1 envelope (empty when valid). */
export function envelopeProblems(env: any): string[] {
  const problems: string[] = [];
  if (!envelope(env)) problems.push(`envelope: ${ajv.errorsText(envelope.errors)}`);
  const of = env?.openFloor;
  if (typeof of?.schema?.version !== 'string' || !of.schema.version.startsWith('1.1'))
    problems.push('schema.version is not 1.1.x');
  for (const [i, ev] of (of?.events ?? []).entries()) {
    if (typeof ev.eventType !== 'string') problems.push(`events[${i}] has no eventType`);
    if (ev.eventType === 'utterance') {
      const de = ev.parameters?.dialogEvent;
      if (!dialogEvent(de)) problems.push(`events[${i}].dialogEvent: ${ajv.errorsText(dialogEvent.errors)}`);
      if (!Array.isArray(de?.features?.text?.tokens)) problems.push(`events[${i}] has no text feature`);
    }
    if (ev.eventType === 'publishManifests') {
      for (const key of ['servicingManifests', 'discoveryManifests']) {
        for (const [j, m] of (ev.parameters?.[key] ?? []).entries()) {
          const { score, ...rest } = m;
          if (score !== undefined && (typeof score !== 'number' || score < 0 || score > 1))
            problems.push(`${key}[${j}].score out of 0..1`);
          if (!manifest(rest)) problems.push(`events[${i}].${key}[${j}]: ${ajv.errorsText(manifest.errors)}`);
        }
      }
    }
  }
  for (const c of of?.conversation?.conversants ?? []) {
    if (!manifest({ identification: c.identification, capabilities: [] }))
      problems.push(`conversant: ${ajv.errorsText(manifest.errors)}`);
  }
  const listed = new Set((of?.conversation?.conversants ?? []).map((c: any) => c.identification?.speakerUri));
  for (const u of of?.conversation?.floorGranted ?? [])
    if (!listed.has(u)) problems.push(`floorGranted ${u} is not a conversant`);
  return problems;
}

export function legacyProblems(env: any): string[] {
  return ovon(env) ? [] : [`ovon: ${ajv.errorsText(ovon.errors)}`];
}

/** A 1.1 utterance event: one text token spoken by `speakerUri`, addressed `to` when given. */
export const utterance = (speakerUri: string, text: string, to?: Record<string, unknown>) => ({
  eventType: 'utterance',
  ...(to ? { to } : {}),
  parameters: {
    dialogEvent: {
      speakerUri,
      span: { startTime: '2026-01-05T01:00:00Z' },
      features: { text: { mimeType: 'text/plain', tokens: [{ value: text }] } },
    },
  },
});

/** A 1.1.0 envelope of `events` from `sender` in the conversation `conversationId`. */
export const envelopeOf = (sender: string, conversationId: string, events: unknown[]) => ({
  openFloor: {
    schema: { version: '1.1.0' },
    conversation: { id: conversationId },
    sender: { speakerUri: sender },
    events,
  },
});

/** An utterance event's text. */
export const textOf = (ev: any): string =>
  (ev?.parameters?.dialogEvent?.features?.text?.tokens ?? []).map((t: any) => t.value).join(' ');

/**
 * Validation of incoming envelopes against the published Open Floor schemas (copied under
 * ./schemas): 1.1.0 for `openFloor` envelopes, the legacy OVON 0.9.3 schema for `ovon` 0.9.x ones.
 * The schemas leave a few things open (an event without `eventType`, `openFloor` that is not an
 * object), so a structural check follows; both failures are reported the same way.
 *
 * The published schemas use a few non-standard keywords (`ref` instead of `$ref` for the dialog
 * event and manifest schemas, `alternates` inside a property), so Ajv runs with `strict: false`;
 * the dialog-event schema names a non-JSON-Schema `$schema`, which is dropped when it is added.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import { manifestSchema101 } from './schemas/assistant-manifest-1.0.1.js';
import { dialogEventSchema102 } from './schemas/dialog-event-1.0.2.js';
import { envelopeSchema110 } from './schemas/envelope-1.1.0.js';
import { ovonEnvelopeSchema093 } from './schemas/ovon-envelope-0.9.3.js';

type AjvClass = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ??
  Ajv2020Module) as unknown as AjvClass;

export type SchemaName = 'envelope' | 'ovon' | 'dialogEvent' | 'manifest';

type Validator = ReturnType<InstanceType<AjvClass>['compile']>;
const SOURCES: Record<SchemaName, () => object> = {
  envelope: () => envelopeSchema110 as object,
  ovon: () => ovonEnvelopeSchema093 as object,
  dialogEvent: () => {
    const { $schema: _ignored, ...dialogEvent } = dialogEventSchema102 as Record<string, unknown>;
    return dialogEvent;
  },
  manifest: () => manifestSchema101 as object,
};
// Compiled on first use: compiling the four schemas costs 0.3-2 s of CPU, which every start of
// the hub paid before its first Open Floor envelope (most hubs never see one).
let ajv: InstanceType<AjvClass> | undefined;
const validators = new Map<SchemaName, Validator>();
function validator(name: SchemaName): Validator {
  let v = validators.get(name);
  if (!v) {
    ajv ??= new Ajv2020({ strict: false, allErrors: false });
    v = ajv.compile(SOURCES[name]());
    validators.set(name, v);
  }
  return v;
}

/** null when valid, else a short message naming the first problem. */
export function schemaError(name: SchemaName, value: unknown): string | null {
  const v = validator(name);
  if (v(value)) return null;
  const e = v.errors?.[0];
  return e ? `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}` : 'is invalid';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const MAX_EVENTS = 64;

/** Structural checks the schema leaves open, for a 1.1-shaped envelope; null when fine. */
export function structureError(env: unknown): string | null {
  if (!isObject(env) || !isObject(env.openFloor)) return 'openFloor must be an object';
  const of = env.openFloor;
  if (!isObject(of.schema) || typeof of.schema.version !== 'string')
    return 'openFloor.schema.version must be a string';
  if (
    !isObject(of.conversation) ||
    typeof of.conversation.id !== 'string' ||
    of.conversation.id.length === 0 ||
    of.conversation.id.length > 256
  ) {
    return 'openFloor.conversation.id must be a string of 1 to 256 characters';
  }
  if (!isObject(of.sender) || typeof of.sender.speakerUri !== 'string' || of.sender.speakerUri.length === 0) {
    return 'openFloor.sender.speakerUri must be a non-empty string';
  }
  if (!Array.isArray(of.events)) return 'openFloor.events must be an array';
  if (of.events.length > MAX_EVENTS) return `openFloor.events holds more than ${MAX_EVENTS} events`;
  for (const [i, ev] of of.events.entries()) {
    if (!isObject(ev) || typeof ev.eventType !== 'string')
      return `openFloor.events[${i}].eventType is required`;
    // A `to` with neither speakerUri nor serviceUrl (`{}`, or only `private`) is valid 1.1 and
    // addresses the floor, as if it were absent.
    if (ev.to !== undefined && !isObject(ev.to)) return `openFloor.events[${i}].to must be an object`;
    if (ev.parameters !== undefined && !isObject(ev.parameters))
      return `openFloor.events[${i}].parameters must be an object`;
    if (ev.eventType === 'utterance') {
      const de = isObject(ev.parameters) ? ev.parameters.dialogEvent : undefined;
      if (
        !isObject(de) ||
        !isObject(de.features) ||
        !isObject(de.features.text) ||
        !Array.isArray(de.features.text.tokens)
      ) {
        return `openFloor.events[${i}] is an utterance without parameters.dialogEvent.features.text.tokens`;
      }
      if (typeof de.speakerUri !== 'string')
        return `openFloor.events[${i}].parameters.dialogEvent.speakerUri must be a string`;
    }
  }
  return null;
}

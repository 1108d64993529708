/**
 * One gate for every face: the same principal asking for the same action gets the same decision
 * on every face. The table crosses the faces (direct: REST commands and the MQTT export; turns:
 * the conversation route, Open Floor 1.1 and legacy OVON) with every principal kind (owner,
 * member, guest, partners linked to an assistant or to none, the MQTT export's local principal)
 * and the scenarios {granted, ungranted, forbidden, pin, other home, guest-unlisted}.
 *
 * Outcomes are normalized: `done` (it ran), `denied` (grants, guest list or tenancy of a device:
 * 403 not-allowed or 404 unknown-device), `forbidden`, `pin` (the household PIN is asked for),
 * `refused` (the principal may not take the turn at all: 403), `unknown` (another home: 404).
 * A turn acts as its assistant, so a person's turn asks for the PIN where their direct command
 * does not; that is the rule, and the table says so.
 */
import { randomBytes } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthRouteGroup } from '../../src/server/routes/oauth.js';
import { envelopeOf, utterance } from '../assistants/support/envelopes.js';
import { addClient, link, type Res, type SecurityHub, startSecurityHub } from './support.js';

const BROKER = 'mqtt://127.0.0.1:1883';
const root = `yd-gate-${randomBytes(4).toString('hex')}`;

type Who = 'owner' | 'member' | 'guest' | 'partner-genie' | 'partner-kakao' | 'partner-none' | 'mqtt';
type Scenario = 'granted' | 'ungranted' | 'forbidden' | 'pin' | 'other-home' | 'unlisted';
type Outcome = 'done' | 'denied' | 'forbidden' | 'pin' | 'refused' | 'unknown';
type Face = 'rest' | 'mqtt' | 'conversation' | 'openfloor' | 'ovon';

const TURN_FACES: Face[] = ['conversation', 'openfloor', 'ovon'];
const SCENARIOS: Scenario[] = ['granted', 'ungranted', 'forbidden', 'pin', 'other-home', 'unlisted'];

interface Step {
  /** What is said (after the wake word). */
  text: string;
  device: string;
  cluster: string;
  command: string;
  args: Record<string, unknown>;
  /** The MQTT export's command topic (under the device) and payload. */
  mqtt: { kind: string; payload: string };
  /** The action undoes itself afterwards (so the next row starts from the same state). */
  undo?: { cluster: string; command: string; args: Record<string, unknown> };
}

const STEPS: Record<Exclude<Scenario, 'other-home'>, Step> = {
  granted: {
    text: '거실 난방 23도로 맞춰줘',
    device: 'heat',
    cluster: 'Thermostat',
    command: 'WriteAttributes',
    args: { OccupiedHeatingSetpoint: 2300 },
    mqtt: { kind: 'climate/target', payload: '23' },
    undo: { cluster: 'Thermostat', command: 'WriteAttributes', args: { OccupiedHeatingSetpoint: 2200 } },
  },
  ungranted: {
    text: '현관문 잠가줘',
    device: 'door',
    cluster: 'DoorLock',
    command: 'LockDoor',
    args: {},
    mqtt: { kind: 'lock', payload: 'LOCK' },
  },
  forbidden: {
    text: '가스 밸브 열어줘',
    device: 'gas',
    cluster: 'ValveConfigurationAndControl',
    command: 'Open',
    args: {},
    mqtt: { kind: 'valve', payload: 'OPEN' },
  },
  pin: {
    text: '현관문 열어줘',
    device: 'door',
    cluster: 'DoorLock',
    command: 'UnlockDoor',
    args: {},
    mqtt: { kind: 'lock', payload: 'UNLOCK' },
    undo: { cluster: 'DoorLock', command: 'LockDoor', args: {} },
  },
  unlisted: {
    text: '환기 장치 세게 틀어줘',
    device: 'vent',
    cluster: 'FanControl',
    command: 'WriteAttributes',
    args: { FanMode: 3 },
    mqtt: { kind: 'fan', payload: 'ON' },
    undo: { cluster: 'FanControl', command: 'WriteAttributes', args: { FanMode: 0 } },
  },
};

/** The rule, written once: what each principal gets for each scenario, directly or in a turn. */
function expected(who: Who, s: Scenario, turn: boolean): Outcome {
  if (s === 'other-home') return 'unknown';
  if (turn && (who === 'guest' || who === 'partner-none')) return 'refused';
  const kakao = who === 'partner-kakao'; // kakao may not touch the door lock or the gas valve
  switch (s) {
    case 'granted':
      return 'done';
    case 'unlisted':
      return who === 'guest' ? 'denied' : 'done';
    case 'ungranted':
      return kakao ? 'denied' : 'done';
    case 'forbidden':
      return kakao ? 'denied' : 'forbidden';
    case 'pin':
      if (kakao) return 'denied';
      return !turn && (who === 'owner' || who === 'member') ? 'done' : 'pin';
  }
}

const WAKE: Record<string, string> = { genie: '지니야', kakao: '헤이 카카오' };
const ASSISTANT_OF: Partial<Record<Who, string>> = { 'partner-kakao': 'kakao' };
const assistantUri = (home: string, a: string) => `tag:yeondong.home,2025:${home}/assistant/${a}`;
const USER = 'tag:gate.test,2026:user';

let h: SecurityHub;
let broker: MqttClient;
const tokens = {} as Record<Exclude<Who, 'mqtt'>, string>;
const endpointOf = new Map<string, string>();
let seq = 0;

function outcomeOfError(status: number, code: string | undefined): Outcome {
  if (status === 404 && code === 'unknown-home') return 'unknown';
  if (code === 'forbidden') return 'forbidden';
  if (code === 'pin-required') return 'pin';
  if (code === 'not-allowed' || code === 'unknown-device') return 'denied';
  return `unexpected ${status} ${code}` as Outcome;
}

/** The outcome of a turn's first action (or of the turn's refusal). */
function outcomeOfTurn(r: { actions?: any[]; needsInput?: any; code?: string }): Outcome {
  if (r.code) return r.code === 'not-allowed' ? 'refused' : (`unexpected ${r.code}` as Outcome);
  const a = r.actions?.[0];
  if (!a) return 'unexpected: no action understood' as Outcome;
  if (a.status === 'success') return 'done';
  const code = a.error?.code ?? a.code;
  if (code === 'pin-required')
    return r.needsInput?.kind === 'pin' ? 'pin' : ('pin without question' as Outcome);
  return outcomeOfError(403, code);
}

async function undo(step: Step): Promise<void> {
  if (!step.undo) return;
  await h.post(`/api/v1/homes/seoul/devices/${step.device}/commands`, {
    endpoint: endpointOf.get(step.device),
    ...step.undo,
  });
}

const turnText = (who: Who, step: Step) => `${WAKE[ASSISTANT_OF[who] ?? 'genie']} ${step.text}`;

async function viaFace(face: Face, who: Who, s: Scenario): Promise<Outcome> {
  const home = s === 'other-home' ? 'jeju' : 'seoul';
  const step = STEPS[s === 'other-home' ? 'granted' : s];
  const token = who === 'mqtt' ? '' : tokens[who];
  let out: Outcome;
  if (face === 'rest') {
    const r = await h.post(
      `/api/v1/homes/${home}/devices/${s === 'other-home' ? 'door' : step.device}/commands`,
      {
        endpoint: endpointOf.get(step.device),
        cluster: step.cluster,
        command: step.command,
        args: step.args,
      },
      token,
    );
    out = r.status === 200 ? 'done' : outcomeOfError(r.status, r.body?.error?.code);
  } else if (face === 'mqtt') {
    const before = JSON.stringify((await h.api(`/api/v1/homes/seoul/devices/${step.device}`)).body.endpoints);
    await broker.publishAsync(
      `${root}/seoul/${step.device}/${endpointOf.get(step.device)}/${step.mqtt.kind}/set`,
      step.mqtt.payload,
      { qos: 1 },
    );
    let changed = false;
    for (let i = 0; i < 20 && !changed; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const now = JSON.stringify((await h.api(`/api/v1/homes/seoul/devices/${step.device}`)).body.endpoints);
      changed = now !== before;
    }
    out = changed ? 'done' : ('not-done' as Outcome);
  } else if (face === 'conversation') {
    const r = await h.post(
      `/api/v1/homes/${home}/conversation`,
      { text: turnText(who, step), satellite: 'console' },
      token,
    );
    if (r.status !== 200) out = r.status === 403 ? 'refused' : outcomeOfError(r.status, r.body?.error?.code);
    else out = outcomeOfTurn(r.body);
  } else {
    const assistant = ASSISTANT_OF[who] ?? 'genie';
    const conv = `gate-${seq++}`;
    const env =
      face === 'openfloor'
        ? envelopeOf(USER, conv, [utterance(USER, step.text, { speakerUri: assistantUri(home, assistant) })])
        : {
            ovon: {
              schema: { version: '0.9.3' },
              conversation: { id: conv },
              sender: { from: USER },
              events: [
                {
                  eventType: 'utterance',
                  to: assistantUri(home, assistant),
                  parameters: {
                    dialogEvent: {
                      speakerId: USER,
                      span: { startTime: new Date().toISOString() },
                      features: { text: { mimeType: 'text/plain', tokens: [{ value: step.text }] } },
                    },
                  },
                },
              ],
            },
          };
    const r: Res = await h.post(`/api/v1/homes/${home}/openfloor`, env, token);
    if (r.status !== 200) out = r.status === 403 ? 'refused' : outcomeOfError(r.status, r.body?.error?.code);
    else {
      const events = face === 'openfloor' ? r.body.openFloor.events : r.body.ovon.events;
      const turn = events[0]?.parameters?.dialogEvent?.features?.['yeondong-turn']?.tokens?.[0]?.value;
      out = turn ? outcomeOfTurn(turn) : ('unexpected: no turn in the answer' as Outcome);
    }
  }
  if (out === 'done') await undo(step);
  return out;
}

beforeAll(async () => {
  h = await startSecurityHub({
    groups: [oauthRouteGroup({ issuer: 'https://hub.example' })],
    mqttExport: { brokerUrl: BROKER, discoveryPrefix: `${root}/homeassistant`, topicRoot: root },
  });
  for (const d of (await h.api('/api/v1/homes/seoul/devices')).body) endpointOf.set(d.id, d.endpoints[0].id);
  tokens.owner = h.owner('seoul');
  const person = async (role: string, devices?: string[]) => {
    const p = await h.post('/api/v1/homes/seoul/people', {
      name: role,
      role,
      ...(devices ? { devices } : {}),
    });
    if (typeof p.body.token !== 'string')
      throw new Error(`no token for a ${role}: ${JSON.stringify(p.body)}`);
    return p.body.token as string;
  };
  tokens.member = await person('member');
  tokens.guest = await person('guest', ['heat', 'door', 'gas']);
  tokens['partner-genie'] = (await link(h, await addClient(h, 'seoul', { assistant: 'genie' }))).access_token;
  tokens['partner-kakao'] = (await link(h, await addClient(h, 'seoul', { assistant: 'kakao' }))).access_token;
  tokens['partner-none'] = (await link(h, await addClient(h, 'seoul'))).access_token;
  broker = await mqtt.connectAsync(BROKER, { clientId: `${root}-test` });
  const seen = new Set<string>();
  broker.on('message', (t) => seen.add(t));
  await broker.subscribeAsync(`${root}/homeassistant/#`, { qos: 1 });
  for (let i = 0; i < 100 && ![...seen].some((t) => t.includes('seoul_door')); i++)
    await new Promise((r) => setTimeout(r, 50));
});

afterAll(async () => {
  for (const t of [`${root}/homeassistant/#`]) await broker?.unsubscribeAsync(t);
  await broker?.endAsync();
  await h?.stop();
});

describe('one gate: the same decision on every face', () => {
  const people: Who[] = ['owner', 'member', 'guest', 'partner-genie', 'partner-kakao', 'partner-none'];
  it.each(people)('direct commands (REST) of %s', async (who) => {
    const got: Record<string, Outcome> = {};
    const want: Record<string, Outcome> = {};
    for (const s of SCENARIOS) {
      got[s] = await viaFace('rest', who, s);
      want[s] = expected(who, s, false);
    }
    expect(got).toEqual(want);
  });

  it.each(people)('turns of %s on the conversation route, Open Floor and OVON', async (who) => {
    for (const face of TURN_FACES) {
      const got: Record<string, Outcome> = {};
      const want: Record<string, Outcome> = {};
      for (const s of SCENARIOS) {
        got[s] = await viaFace(face, who, s);
        want[s] = expected(who, s, true);
      }
      expect({ face, ...got }).toEqual({ face, ...want });
    }
  });

  it('the MQTT export (a local face without a PIN) runs what is granted and nothing the rules reserve', async () => {
    const got: Record<string, boolean> = {};
    for (const s of ['granted', 'forbidden', 'pin'] as const)
      got[s] = (await viaFace('mqtt', 'mqtt', s)) === 'done';
    expect(got).toEqual({ granted: true, forbidden: false, pin: false });
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startC2cSimulator } from '../../src/simulators/c2c/index.js';
import type { SimulatorHandle } from '../../src/simulators/types.js';
import { demoConnection } from '../support/connections.js';

const seeds = demoConnection('kt').simulator.devices;
const STB = 'kt-stb-01';
const TOKEN = 'secret-token';

type Json = any;

let sim: SimulatorHandle;
let n = 0;

async function call(intent: string, payload?: unknown, token: string | null = TOKEN) {
  const res = await fetch(`${sim.url}/fulfillment`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ requestId: `r${++n}`, inputs: [{ intent: `action.devices.${intent}`, payload }] }),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

const exec = async (command: string, params: Record<string, unknown> = {}, id = STB) => {
  const { body } = await call('EXECUTE', {
    commands: [{ devices: [{ id }], execution: [{ command: `action.devices.commands.${command}`, params }] }],
  });
  return body.payload.commands[0] as Json;
};

const control = async (patch: Record<string, unknown>) =>
  fetch(`${sim.url}/__sim/devices/${STB}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(patch),
  });

const state = async () => (await call('QUERY', { devices: [{ id: STB }] })).body.payload.devices[STB];

beforeEach(async () => {
  sim = await startC2cSimulator({ devices: seeds, token: TOKEN, settings: { manufacturer: 'KT' } });
});
afterEach(async () => {
  await sim.stop();
});

describe('c2c simulator: fulfillment shapes', () => {
  it('SYNC lists the set-top box with Google traits and the channel lineup', async () => {
    const { status, body } = await call('SYNC');
    expect(status).toBe(200);
    expect(body.requestId).toBe(`r${n}`);
    expect(typeof body.payload.agentUserId).toBe('string');
    const [dev] = body.payload.devices;
    expect(dev).toMatchObject({
      id: STB,
      type: 'action.devices.types.SETTOP',
      willReportState: false,
      name: { name: 'GiGA Genie TV' },
      deviceInfo: { manufacturer: 'KT', model: 'GiGA Genie TV' },
      attributes: { volumeMaxLevel: 100, volumeCanMuteAndUnmute: true },
    });
    expect(dev.traits).toEqual(
      expect.arrayContaining([
        'action.devices.traits.OnOff',
        'action.devices.traits.Channel',
        'action.devices.traits.Volume',
        'action.devices.traits.TransportControl',
      ]),
    );
    expect(dev.attributes.availableChannels).toHaveLength(12);
    expect(dev.attributes.availableChannels[2]).toEqual({
      key: 'ch-9',
      names: ['KBS1', 'KBS', 'KBS 1TV', '케이비에스'],
      number: '9',
    });
  });

  it('QUERY reports power, volume, mute and the tuned channel', async () => {
    expect(await state()).toEqual({
      online: true,
      status: 'SUCCESS',
      on: true,
      currentVolume: 12,
      isMuted: false,
      activityState: 'ACTIVE',
      playbackState: 'PLAYING',
      activeChannel: { key: 'ch-11', number: '11', name: 'MBC' },
    });
    const { body } = await call('QUERY', { devices: [{ id: 'nope' }] });
    expect(body.payload.devices.nope).toMatchObject({ status: 'ERROR', errorCode: 'deviceNotFound' });
  });

  it('DISCONNECT answers {}', async () => {
    expect((await call('DISCONNECT')).body).toEqual({});
  });

  it('refuses a wrong or missing token with 401, and any token when none is configured', async () => {
    expect((await call('SYNC', undefined, 'wrong')).status).toBe(401);
    expect((await call('SYNC', undefined, null)).status).toBe(401);
    await sim.stop();
    sim = await startC2cSimulator({ devices: seeds });
    expect((await call('SYNC', undefined, 'anything')).status).toBe(200);
    expect((await call('SYNC', undefined, null)).status).toBe(200);
  });

  it('answers a malformed request with protocolError', async () => {
    const res = await fetch(`${sim.url}/fulfillment`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: '{"inputs": 3}',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).payload.errorCode).toBe('protocolError');
  });
});

describe('c2c simulator: EXECUTE', () => {
  it('selects a channel by number, name or code and returns the new states', async () => {
    const r = await exec('selectChannel', { channelNumber: '9' });
    expect(r).toMatchObject({
      ids: [STB],
      status: 'SUCCESS',
      states: { online: true, activeChannel: { number: '9', name: 'KBS1' } },
    });
    expect((await exec('selectChannel', { channelName: '케이비에스 2' })).states.activeChannel.number).toBe(
      '7',
    );
    expect((await exec('selectChannel', { channelCode: 'ch-24' })).states.activeChannel.name).toBe('YTN');
    expect((await exec('returnChannel')).states.activeChannel.number).toBe('7');
  });

  it('refuses a channel outside the lineup and changes nothing', async () => {
    expect(await exec('selectChannel', { channelNumber: '42' })).toMatchObject({
      status: 'ERROR',
      errorCode: 'noAvailableChannel',
    });
    expect((await state()).activeChannel.number).toBe('11');
  });

  it('relative channel changes wrap around the lineup', async () => {
    expect((await exec('relativeChannel', { relativeChannelChange: 1 })).states.activeChannel.number).toBe(
      '13',
    );
    await exec('selectChannel', { channelNumber: '98' });
    expect((await exec('relativeChannel', { relativeChannelChange: 1 })).states.activeChannel.number).toBe(
      '5',
    );
    expect((await exec('relativeChannel', { relativeChannelChange: -2 })).states.activeChannel.number).toBe(
      '24',
    );
  });

  it('sets volume within 0..100, steps it, and mutes', async () => {
    expect((await exec('setVolume', { volumeLevel: 30 })).states.currentVolume).toBe(30);
    expect(await exec('setVolume', { volumeLevel: 101 })).toMatchObject({
      status: 'ERROR',
      errorCode: 'valueOutOfRange',
    });
    expect((await exec('volumeRelative', { relativeSteps: -3 })).states.currentVolume).toBe(27);
    const muted = await exec('mute', { mute: true });
    expect(muted.states).toMatchObject({ isMuted: true, currentVolume: 27 });
    await control({ volume: 100 });
    expect(await exec('volumeRelative', { relativeSteps: 1 })).toMatchObject({
      errorCode: 'volumeAlreadyMax',
    });
  });

  it('a powered-off box only accepts OnOff; others fail with deviceTurnedOff', async () => {
    expect((await exec('OnOff', { on: false })).states.on).toBe(false);
    expect(await exec('selectChannel', { channelNumber: '9' })).toMatchObject({
      status: 'ERROR',
      errorCode: 'deviceTurnedOff',
    });
    expect((await exec('OnOff', { on: true })).states.on).toBe(true);
  });

  it('transport controls change the playback state; unknown commands are not supported', async () => {
    expect((await exec('mediaPause')).states.playbackState).toBe('PAUSED');
    expect((await exec('mediaResume')).states.playbackState).toBe('PLAYING');
    expect(await exec('ThermostatTemperatureSetpoint', { thermostatTemperatureSetpoint: 20 })).toMatchObject({
      status: 'ERROR',
      errorCode: 'functionNotSupported',
    });
    expect(await exec('OnOff', { on: true }, 'ghost')).toMatchObject({
      status: 'ERROR',
      errorCode: 'deviceNotFound',
    });
  });

  it('a failing execution in a list rolls the earlier ones back', async () => {
    const { body } = await call('EXECUTE', {
      commands: [
        {
          devices: [{ id: STB }],
          execution: [
            { command: 'action.devices.commands.setVolume', params: { volumeLevel: 50 } },
            { command: 'action.devices.commands.selectChannel', params: { channelNumber: '404' } },
          ],
        },
      ],
    });
    expect(body.payload.commands[0].errorCode).toBe('noAvailableChannel');
    expect((await state()).currentVolume).toBe(12);
  });
});

describe('c2c simulator: control surface and lifecycle', () => {
  it('marks a device offline: QUERY and EXECUTE say so', async () => {
    expect((await control({ online: false })).status).toBe(200);
    expect(await state()).toMatchObject({ online: false, status: 'OFFLINE' });
    expect(await exec('OnOff', { on: false })).toMatchObject({
      status: 'OFFLINE',
      errorCode: 'deviceOffline',
    });
    expect((await control({ volume: 101 })).status).toBe(400);
    expect((await control({ channel: '42' })).status).toBe(400);
    const all = await fetch(`${sim.url}/__sim/devices`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(((await all.json()) as Json)[STB]).toMatchObject({ online: false, channel: '11', volume: 12 });
  });

  it('stops quickly with a keep-alive client connected and restarts on the same port', async () => {
    await state(); // leaves a pooled keep-alive connection
    const port = Number(new URL(sim.url).port);
    const t0 = Date.now();
    await sim.stop();
    expect(Date.now() - t0).toBeLessThan(500);
    await expect(state()).rejects.toThrow();
    sim = await startC2cSimulator({ devices: seeds, token: TOKEN, port });
    expect(new URL(sim.url).port).toBe(String(port));
    expect((await state()).online).toBe(true);
  });

  it('refuses seeds of a type it does not simulate', async () => {
    await expect(startC2cSimulator({ devices: [{ externalId: 'x', type: 'washer' }] })).rejects.toThrow(
      /washer/,
    );
  });
});

describe('c2c simulator: state file', () => {
  /** The box as the demo home seeds it (the vendor's view, `GET /__sim/devices`). */
  const SEEDED = {
    online: true,
    on: true,
    channel: '11',
    previousChannel: null,
    volume: 12,
    muted: false,
    playback: 'PLAYING',
  };
  const TV = { externalId: 'kt-tv-02', type: 'tv', state: { on: false, volume: 5 }, channels: [] };
  let dir = '';
  const file = () => join(dir, 'kt.json');
  const boxes = async () =>
    (
      await fetch(`${sim.url}/__sim/devices`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).json() as Json;
  const saved = () => JSON.parse(readFileSync(file(), 'utf8'));
  const restart = async (stateFile: string | undefined = file(), devices = seeds) => {
    await sim.stop();
    sim = await startC2cSimulator({ devices, token: TOKEN, stateFile });
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yeondong-c2c-'));
  });
  afterEach(async () => {
    await sim.stop(); // before the folder goes: stop writes a pending change
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps what EXECUTE and the control surface changed across stop + start, and saves only state', async () => {
    await restart();
    await exec('selectChannel', { channelNumber: '9' });
    await exec('setVolume', { volumeLevel: 30 });
    await exec('mediaPause');
    await vi.waitFor(() => expect(saved().devices[STB].playback).toBe('PAUSED'));
    await control({ muted: true }); // a change of its own
    await restart(); // right away: stop writes the pending change
    const after = {
      ...SEEDED,
      channel: '9',
      previousChannel: '11',
      volume: 30,
      muted: true,
      playback: 'PAUSED',
    };
    expect((await boxes())[STB]).toEqual(after);
    expect((await state()).activeChannel).toEqual({ key: 'ch-9', number: '9', name: 'KBS1' });
    expect((await call('SYNC')).body.payload.devices[0].attributes.availableChannels).toHaveLength(12);
    expect(saved()).toEqual({ devices: { [STB]: after } });
  });

  it('writes a change a moment later, without a stop', async () => {
    await restart();
    await exec('OnOff', { on: false });
    await vi.waitFor(() => expect(saved().devices[STB].on).toBe(false));
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{"devices": {'],
    ['a list', '[1]'],
    ['values that do not fit', '{"devices": {"kt-stb-01": {"channel": "42", "volume": 500, "on": "yes"}}}'],
  ])('starts from the seeds when the file is %s', async (_, text) => {
    writeFileSync(file(), text);
    await restart();
    expect((await boxes())[STB]).toEqual(SEEDED);
    await exec('setVolume', { volumeLevel: 20 });
    await sim.stop();
    expect(saved().devices[STB]).toEqual({ ...SEEDED, volume: 20 });
  });

  it('without a state file writes nothing, and every start begins from the seeds', async () => {
    const cwd = readdirSync(process.cwd());
    await exec('setVolume', { volumeLevel: 40 });
    await control({ online: false });
    await new Promise((r) => setTimeout(r, 100));
    await restart(undefined);
    expect((await boxes())[STB]).toEqual(SEEDED);
    expect(readdirSync(process.cwd())).toEqual(cwd);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('starts a seeded box missing from the file from its seed, and drops one no longer seeded', async () => {
    await restart();
    await exec('mute', { mute: true });
    await restart(file(), [...seeds, TV]);
    expect(await boxes()).toEqual({
      [STB]: { ...SEEDED, muted: true },
      [TV.externalId]: { ...SEEDED, on: false, channel: '', volume: 5 },
    });
    await restart(file(), [TV]);
    await exec('OnOff', { on: true }, TV.externalId);
    await sim.stop();
    expect(Object.keys(saved().devices)).toEqual([TV.externalId]);
  });
});

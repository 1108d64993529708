import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createC2cAdapter } from '../../src/adapters/c2c/index.js';
import type { Adapter, AdapterContext } from '../../src/adapters/types.js';
import type { CommandRequest, StatePatch } from '../../src/model/types.js';
import { startC2cSimulator } from '../../src/simulators/c2c/index.js';
import type { SimulatorHandle } from '../../src/simulators/types.js';
import { silentLogger } from '../../src/util/log.js';
import { patchAttributes as attr, cmd, rejectionOf, waitUntil } from '../support/commands.js';
import { demoConnection } from '../support/connections.js';

const kt = demoConnection('kt');
const seeds = kt.simulator.devices;
const STB = 'kt-stb-01';
const TOKEN = 'kt-token';

type Json = any;

interface Recorded {
  state: Array<[string, StatePatch[]]>;
  online: Array<[string, boolean]>;
  devicesChanged: number;
}

let sim: SimulatorHandle | undefined;
let adapter: Adapter | undefined;
let events: Recorded;

const startSim = async (port = 0) => {
  sim = await startC2cSimulator({ devices: seeds, token: TOKEN, port, settings: { manufacturer: 'KT' } });
  return sim;
};

async function startAdapter(baseUrl: string, token = TOKEN): Promise<Adapter> {
  events = { state: [], online: [], devicesChanged: 0 };
  const ctx: AdapterContext = {
    connection: { ...kt, simulate: true, baseUrl, token, settings: {} },
    log: silentLogger,
    events: {
      state: (id, patches) => events.state.push([id, patches]),
      online: (id, online) => events.online.push([id, online]),
      devicesChanged: () => events.devicesChanged++,
    },
    timeoutMs: 500,
    pollMs: 100,
  };
  adapter = createC2cAdapter(ctx);
  await adapter.start();
  return adapter;
}

async function simState(): Promise<Json> {
  const res = await fetch(`${sim?.url}/__sim/devices/${STB}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  return (await res.json()) as Json;
}

async function simControl(patch: Record<string, unknown>): Promise<void> {
  await fetch(`${sim?.url}/__sim/devices/${STB}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
}

const waitFor = (check: () => boolean, ms = 2000) => waitUntil(check, ms, 10);

const run = (id: string, c: CommandRequest): Promise<StatePatch[]> => {
  if (!adapter) throw new Error('no adapter');
  return adapter.execute(id, c);
};

const device = () => {
  const d = adapter?.devices().find((x) => x.externalId === STB);
  if (!d) throw new Error('no device');
  return d;
};
const cluster = (endpoint: string, name: string) =>
  device().endpoints.find((e) => e.id === endpoint)?.clusters[name];

afterEach(async () => {
  await adapter?.stop();
  await sim?.stop();
  adapter = undefined;
  sim = undefined;
});

describe('c2c adapter: discovery and state', () => {
  beforeEach(async () => {
    await startAdapter((await startSim()).url);
  });

  it('maps the SYNCed set-top box to a BasicVideoPlayer with a Speaker child', () => {
    const d = device();
    expect(d).toMatchObject({
      deviceType: 'BasicVideoPlayer',
      online: true,
      vendor: 'KT',
      model: 'GiGA Genie TV',
    });
    const main = d.endpoints.find((e) => e.id === 'main');
    expect(main?.deviceTypes).toEqual(['BasicVideoPlayer']);
    expect(main?.clusters.OnOff).toEqual({ OnOff: true });
    expect(main?.clusters.KeypadInput).toEqual({});
    expect(main?.clusters.MediaPlayback).toEqual({ CurrentState: 0 });
    const channel = main?.clusters.Channel as { ChannelList: unknown[]; CurrentChannel: unknown };
    expect(channel.ChannelList).toHaveLength(12);
    expect(channel.ChannelList).toContainEqual({
      MajorNumber: 9,
      MinorNumber: 0,
      Name: 'KBS1',
      Aliases: ['KBS', 'KBS 1TV', '케이비에스'],
    });
    expect(channel.ChannelList).toContainEqual({ MajorNumber: 5, MinorNumber: 0, Name: 'SBS' });
    expect(channel.CurrentChannel).toEqual({ MajorNumber: 11, MinorNumber: 0, Name: 'MBC' });
    const speaker = d.endpoints.find((e) => e.id === 'speaker');
    expect(speaker?.deviceTypes).toEqual(['Speaker']);
    expect(speaker?.clusters).toEqual({
      LevelControl: { CurrentLevel: 12, MinLevel: 0, MaxLevel: 100 },
      OnOff: { OnOff: true },
    });
    expect(events.state).toEqual([]);
  });

  it('polls QUERY and reports changes made on the vendor side', async () => {
    await simControl({ volume: 40, channel: '24' });
    await waitFor(() => events.state.length > 0);
    const patches = events.state.flatMap(([, p]) => p);
    expect(attr(patches, 'speaker', 'LevelControl')).toEqual({ CurrentLevel: 40 });
    expect(attr(patches, 'main', 'Channel')).toEqual({
      CurrentChannel: { MajorNumber: 24, MinorNumber: 0, Name: 'YTN' },
    });
    expect(cluster('speaker', 'LevelControl')?.CurrentLevel).toBe(40);
  });

  it('follows a device that the cloud reports offline and back', async () => {
    await simControl({ online: false });
    await waitFor(() => events.online.length === 1);
    expect(events.online).toEqual([[STB, false]]);
    expect(device().online).toBe(false);
    expect((await rejectionOf(run(STB, cmd('main', 'OnOff', 'Off')))).code).toBe('device-offline');
    await simControl({ online: true });
    await waitFor(() => events.online.length === 2);
    expect(events.online[1]).toEqual([STB, true]);
  });
});

describe('c2c adapter: commands', () => {
  beforeEach(async () => {
    await startAdapter((await startSim()).url);
  });

  it('ChangeChannelByNumber 9 tunes KBS1 and returns CurrentChannel at once', async () => {
    const patches = await run(
      STB,
      cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 9, MinorNumber: 0 }),
    );
    expect(attr(patches, 'main', 'Channel')).toEqual({
      CurrentChannel: { MajorNumber: 9, MinorNumber: 0, Name: 'KBS1' },
    });
    expect((await simState()).channel).toBe('9');
    expect(cluster('main', 'Channel')?.CurrentChannel).toEqual({
      MajorNumber: 9,
      MinorNumber: 0,
      Name: 'KBS1',
    });
  });

  it('ChangeChannel matches a name or alias, then a number', async () => {
    await run(STB, cmd('main', 'Channel', 'ChangeChannel', { Match: 'kbs 2tv' }));
    expect((await simState()).channel).toBe('7');
    await run(STB, cmd('main', 'Channel', 'ChangeChannel', { Match: '엠비씨' }));
    expect((await simState()).channel).toBe('11');
    const patches = await run(STB, cmd('main', 'Channel', 'ChangeChannel', { Match: '98' }));
    expect(attr(patches, 'main', 'Channel')?.CurrentChannel).toEqual({
      MajorNumber: 98,
      MinorNumber: 0,
      Name: '투니버스',
    });
    const err = await rejectionOf(run(STB, cmd('main', 'Channel', 'ChangeChannel', { Match: 'Netflix' })));
    expect(err.code).toBe('value-out-of-range');
    expect((await simState()).channel).toBe('98');
  });

  it('refuses a channel outside the lineup and changes nothing', async () => {
    const err = await rejectionOf(
      run(STB, cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 42 })),
    );
    expect(err).toMatchObject({ code: 'value-out-of-range', status: 422 });
    expect((await simState()).channel).toBe('11');
  });

  it('SkipChannel and the channel keys wrap around the lineup', async () => {
    await run(STB, cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 98, MinorNumber: 0 }));
    const up = await run(STB, cmd('main', 'Channel', 'SkipChannel', { Count: 1 }));
    expect(attr(up, 'main', 'Channel')?.CurrentChannel).toMatchObject({ MajorNumber: 5, Name: 'SBS' });
    const down = await run(STB, cmd('main', 'KeypadInput', 'SendKey', { KeyCode: 0x31 }));
    expect(attr(down, 'main', 'Channel')?.CurrentChannel).toMatchObject({ MajorNumber: 98 });
    await run(STB, cmd('main', 'KeypadInput', 'SendKey', { KeyCode: 0x30 }));
    expect((await simState()).channel).toBe('5');
  });

  it('volume: LevelControl on the speaker sets it, keys and Step move it', async () => {
    const set = await run(STB, cmd('speaker', 'LevelControl', 'MoveToLevel', { Level: 30 }));
    expect(attr(set, 'speaker', 'LevelControl')).toEqual({ CurrentLevel: 30 });
    expect((await simState()).volume).toBe(30);
    const up = await run(STB, cmd('main', 'KeypadInput', 'SendKey', { KeyCode: 0x41 }));
    expect(attr(up, 'speaker', 'LevelControl')).toEqual({ CurrentLevel: 31 });
    await run(STB, cmd('speaker', 'LevelControl', 'Step', { StepMode: 1, StepSize: 5 }));
    expect((await simState()).volume).toBe(26);
    const err = await rejectionOf(run(STB, cmd('speaker', 'LevelControl', 'MoveToLevel', { Level: 101 })));
    expect(err.code).toBe('value-out-of-range');
    expect(cluster('speaker', 'LevelControl')?.CurrentLevel).toBe(26);
  });

  it('mute: OnOff on the speaker and the Mute key', async () => {
    const off = await run(STB, cmd('speaker', 'OnOff', 'Off'));
    expect(attr(off, 'speaker', 'OnOff')).toEqual({ OnOff: false });
    expect((await simState()).muted).toBe(true);
    await run(STB, cmd('main', 'KeypadInput', 'SendKey', { KeyCode: 0x43 }));
    expect((await simState()).muted).toBe(false);
    await run(STB, cmd('speaker', 'OnOff', 'Toggle'));
    expect(cluster('speaker', 'OnOff')).toEqual({ OnOff: false });
    expect((await simState()).muted).toBe(true);
  });

  it('power: OnOff on main; a box turned off refuses other commands with conflict', async () => {
    const off = await run(STB, cmd('main', 'OnOff', 'Off'));
    expect(attr(off, 'main', 'OnOff')).toEqual({ OnOff: false });
    const err = await rejectionOf(
      run(STB, cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 9 })),
    );
    expect(err).toMatchObject({ code: 'conflict', status: 409 });
    await run(STB, cmd('main', 'OnOff', 'On'));
    expect((await simState()).on).toBe(true);
  });

  it('playback and unsupported commands', async () => {
    const paused = await run(STB, cmd('main', 'MediaPlayback', 'Pause'));
    expect(attr(paused, 'main', 'MediaPlayback')).toEqual({ CurrentState: 1 });
    // The cloud answers functionNotSupported for mediaNext on live TV.
    const next = await rejectionOf(run(STB, cmd('main', 'MediaPlayback', 'Next')));
    expect(next).toMatchObject({ code: 'unsupported-command', status: 400 });
    // No rule maps these: refused before anything reaches the cloud.
    expect((await rejectionOf(run(STB, cmd('main', 'KeypadInput', 'SendKey', { KeyCode: 0x01 })))).code).toBe(
      'unsupported-command',
    );
    expect((await rejectionOf(run(STB, cmd('main', 'TemperatureControl', 'SetTemperature')))).code).toBe(
      'unsupported-command',
    );
    expect((await rejectionOf(run('ghost', cmd('main', 'OnOff', 'On')))).code).toBe('unknown-device');
  });
});

describe('c2c adapter: an unreachable cloud', () => {
  it('goes offline within 1 s when the cloud stops, fails fast, and comes back on restart', async () => {
    const s = await startSim();
    const port = Number(new URL(s.url).port);
    await startAdapter(s.url);
    await s.stop();

    const t0 = Date.now();
    const err = await rejectionOf(
      run(STB, cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 9 })),
    );
    expect(err).toMatchObject({ code: 'device-offline', status: 503 });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(events.online).toEqual([[STB, false]]);
    expect(device().online).toBe(false);

    const t1 = Date.now();
    expect((await rejectionOf(run(STB, cmd('main', 'OnOff', 'On')))).code).toBe('device-offline');
    expect(Date.now() - t1).toBeLessThan(50);

    await startSim(port);
    await waitFor(() => events.online.length === 2);
    expect(events.online[1]).toEqual([STB, true]);
    const patches = await run(
      STB,
      cmd('main', 'Channel', 'ChangeChannelByNumber', { MajorNumber: 9, MinorNumber: 0 }),
    );
    expect(attr(patches, 'main', 'Channel')?.CurrentChannel).toMatchObject({ MajorNumber: 9 });
  });

  it('start() resolves when the cloud is down and discovers the devices once it answers', async () => {
    const port = Number(new URL((await startSim()).url).port);
    await sim?.stop();
    const t0 = Date.now();
    await startAdapter(`http://127.0.0.1:${port}`);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(adapter?.devices()).toEqual([]);
    expect((await rejectionOf(run(STB, cmd('main', 'OnOff', 'On')))).code).toBe('device-offline');

    await startSim(port);
    await waitFor(() => events.devicesChanged > 0 && device().online);
    expect(device().deviceType).toBe('BasicVideoPlayer');
  });

  it('a cloud that accepts connections but never answers is offline after timeoutMs', async () => {
    const sockets: Array<{ destroy(): void }> = [];
    const hang: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    const { port } = hang.address() as { port: number };
    try {
      const t0 = Date.now();
      await startAdapter(`http://127.0.0.1:${port}`);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(450);
      expect(Date.now() - t0).toBeLessThan(1000);
      expect(adapter?.devices()).toEqual([]);
    } finally {
      await adapter?.stop();
      for (const s of sockets) s.destroy();
      await new Promise((r) => hang.close(r));
    }
  });

  it('a rejected token leaves the connection offline without throwing', async () => {
    await startAdapter((await startSim()).url, 'wrong-token');
    expect(adapter?.devices()).toEqual([]);
    expect((await rejectionOf(run(STB, cmd('main', 'OnOff', 'On')))).code).toBe('device-offline');
  });

  it('stop() ends polling', async () => {
    await startAdapter((await startSim()).url);
    await adapter?.stop();
    await simControl({ volume: 77 });
    await new Promise((r) => setTimeout(r, 300));
    expect(events.state).toEqual([]);
  });
});

/**
 * The hub as a Matter controller: matter.js example devices (ServerNode + OnOffLightDevice, …) run
 * by the test in a network namespace of its own are commissioned by the hub (`yeondong matter pair`
 * and POST …/matter/devices), show the endpoints and clusters they report, obey voice and REST,
 * report their own changes, and stay paired across a hub restart.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Hub, startHub, stopHub } from '../../faces/matter/hub.js';
import { BIN, createNamespace, type Namespace, namespaceProblem } from '../../faces/matter/netns.js';
import { tempDir } from '../../support/hub.js';
import { Device, type Ready } from './device.js';

const problem = namespaceProblem();
if (problem) console.warn(`Matter controller tests skipped: ${problem}`);

/** Runs the CLI inside the namespace; resolves with its exit code and output. */
function cli(ns: Namespace, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((res) => {
    const child = spawn('ip', ['netns', 'exec', ns.name, process.execPath, BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    child.on('exit', (code) => res({ code, out, err }));
  });
}

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(problem !== null)('the hub as a Matter controller (matter.js devices)', () => {
  let ns: Namespace;
  let data: string;
  let hub: Hub;
  let owner: string;
  let light: Device;
  let lightCode: Ready;
  let lightId: string;
  let dimmer: Device;
  let thermostat: Device;
  let thermostatId: string;
  const thermostatStore = tempDir('yd-mdev-');
  const devices: Device[] = [];

  const api = (path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    light.call<{ status: number; body: any }>('http', {
      method: init.method ?? 'GET',
      url: `${hub.url}${path}`,
      headers: { authorization: `Bearer ${init.token ?? owner}` },
      ...(init.body ? { body: init.body } : {}),
    });
  const say = (text: string) =>
    api('/api/v1/homes/demo/conversation', { method: 'POST', body: { text, satellite: 'console' } });
  const onOf = async (id: string) =>
    (await api(`/api/v1/homes/demo/devices/${id}`)).body.endpoints[0]?.clusters.OnOff?.OnOff;

  beforeAll(async () => {
    ns = createNamespace();
    data = tempDir('yd-mctl-');
    light = new Device(ns, { kind: 'light', port: 5601, storage: tempDir('yd-mdev-') });
    dimmer = new Device(ns, {
      kind: 'dimmable',
      port: 5602,
      storage: tempDir('yd-mdev-'),
      passcode: 20202022,
    });
    thermostat = new Device(ns, {
      kind: 'thermostat',
      port: 5603,
      storage: thermostatStore,
      passcode: 20202023,
    });
    devices.push(light, dimmer, thermostat);
    [lightCode, hub] = await Promise.all([
      light.ready,
      startHub(ns, data, []),
      dimmer.ready,
      thermostat.ready,
    ]);
    owner = readFileSync(join(data, 'owner.token'), 'utf8').trim();
  }, 180_000);

  afterAll(async () => {
    for (const d of devices) await d.close().catch(() => {});
    if (hub) await stopHub(hub);
    ns?.remove();
  }, 90_000);

  it('refuses bad input with a 4xx and changes nothing', async () => {
    const before = (await api('/api/v1/homes/demo/devices')).body.length;
    const post = (body: unknown, token?: string) =>
      api('/api/v1/homes/demo/matter/devices', { method: 'POST', body, ...(token ? { token } : {}) });
    const bad = [
      { pairingCode: '12345', name: '서재 조명' },
      { pairingCode: '1234-567-8901', name: '서재 조명' },
      { pairingCode: lightCode.manualPairingCode, name: '서재 조명', area: '다락방' },
      { pairingCode: lightCode.manualPairingCode, name: '  ' },
      { pairingCode: lightCode.manualPairingCode, name: '서재 조명', address: 'somewhere' },
      { pairingCode: lightCode.manualPairingCode, name: '서재 조명', colour: 'red' },
    ];
    for (const body of bad) {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('invalid-request');
    }
    expect((await post({ pairingCode: lightCode.manualPairingCode, name: 'x' }, 'yd_nobody')).status).toBe(
      401,
    );
    expect((await api('/api/v1/homes/demo/devices')).body.length).toBe(before);
    expect(existsSync(join(data, 'matter'))).toBe(false);
    // A well-formed code the device refuses (PASE fails): 400, and still nothing added.
    const { ManualPairingCodeCodec } = await import('@matter/main/types');
    const wrong = ManualPairingCodeCodec.encode({ discriminator: 3840, passcode: 20202099 });
    const refused = await post({ pairingCode: wrong, name: '서재 조명' });
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(refused.body.error.message).toMatch(/refused the pairing code/);
    expect((await api('/api/v1/homes/demo/devices')).body.length).toBe(before);
    expect((await light.call('commissioned')) as boolean).toBe(false);
  }, 120_000);

  it('commissions the light with `yeondong matter pair` and shows what the device reports', async () => {
    const t0 = performance.now();
    const r = await cli(ns, [
      'matter',
      'pair',
      '--url',
      hub.url,
      '--data',
      data,
      '--home',
      'demo',
      '--name',
      '서재 조명',
      '--area',
      '서재',
      lightCode.manualPairingCode,
    ]);
    const ms = performance.now() - t0;
    expect(r.code, r.err + hub.err().slice(-3000)).toBe(0);
    lightId = r.out.trim();
    console.log(`commissioning the on/off light through the CLI took ${Math.round(ms)} ms`);
    expect(await light.call('commissioned')).toBe(true);
    const d = (await api(`/api/v1/homes/demo/devices/${lightId}`)).body;
    expect(d).toMatchObject({
      name: '서재 조명',
      area: 'study',
      connection: 'matter',
      online: true,
      deviceType: 'OnOffLight',
    });
    expect(d.endpoints).toHaveLength(1);
    expect(d.endpoints[0].deviceTypes).toEqual(['OnOffLight']);
    expect(d.endpoints[0].clusters.OnOff).toMatchObject({ OnOff: false });
    // Lighting feature (bit 0) as the device reports it, and its Descriptor's server list.
    expect(d.endpoints[0].clusters.OnOff.FeatureMap % 2).toBe(1);
    expect(d.endpoints[0].clusters.Descriptor.ServerList).toContain(6);
    expect(readdirSync(join(data, 'matter'))).toEqual(
      expect.arrayContaining(['demo-controller', 'demo-controller.devices.json']),
    );
  }, 120_000);

  it('"지니야 서재 불 켜줘" turns the device on', async () => {
    const r = await say('지니야 서재 불 켜줘');
    expect(r.status).toBe(200);
    expect(r.body.actions).toEqual([
      expect.objectContaining({ deviceId: lightId, cluster: 'OnOff', command: 'On', status: 'success' }),
    ]);
    const state = await light.call<{ onOff: { onOff: boolean } }>('state');
    expect(state.onOff.onOff).toBe(true);
    expect(await onOf(lightId)).toBe(true);
  }, 30_000);

  it("follows the device's own changes (subscription)", async () => {
    await light.call('set', { values: { onOff: { onOff: false } } });
    await until('the hub to see the light off', async () =>
      (await onOf(lightId)) === false ? true : undefined,
    );
  }, 30_000);

  it('pairs a dimmable light at a known address over REST; MoveToLevelWithOnOff with its options reaches it', async () => {
    const code = (await dimmer.ready).qrPairingCode;
    const t0 = performance.now();
    const r = await api('/api/v1/homes/demo/matter/devices', {
      method: 'POST',
      body: { pairingCode: code, name: '서재 스탠드', area: 'study', address: `169.254.77.1:5602` },
    });
    console.log(
      `commissioning the dimmable light over REST (QR code, known address) took ${Math.round(performance.now() - t0)} ms`,
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.id as string;
    const d = (await api(`/api/v1/homes/demo/devices/${id}`)).body;
    expect(d.deviceType).toBe('DimmableLight');
    expect(d.endpoints[0].clusters.LevelControl).toMatchObject({ CurrentLevel: 100 });
    const c = await api(`/api/v1/homes/demo/devices/${id}/commands`, {
      method: 'POST',
      body: {
        endpoint: '1',
        cluster: 'LevelControl',
        command: 'MoveToLevelWithOnOff',
        args: { Level: 200, TransitionTime: 0, OptionsMask: 1, OptionsOverride: 1 },
      },
    });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    const state = await dimmer.call<{ onOff: { onOff: boolean }; levelControl: { currentLevel: number } }>(
      'state',
    );
    expect(state.levelControl.currentLevel).toBe(200);
    expect(state.onOff.onOff).toBe(true);
    expect(
      (await api(`/api/v1/homes/demo/devices/${id}`)).body.endpoints[0].clusters.LevelControl.CurrentLevel,
    ).toBe(200);
    const out = await api(`/api/v1/homes/demo/devices/${id}/commands`, {
      method: 'POST',
      body: {
        endpoint: '1',
        cluster: 'LevelControl',
        command: 'MoveToLevel',
        args: { Level: 255, TransitionTime: 0, OptionsMask: 0, OptionsOverride: 0 },
      },
    });
    expect(out.status).toBe(422);
  }, 120_000);

  it('pairs a thermostat; its setpoint is written at the device', async () => {
    const r = await api('/api/v1/homes/demo/matter/devices', {
      method: 'POST',
      body: {
        pairingCode: (await thermostat.ready).manualPairingCode,
        name: '서재 온도조절기',
        area: 'study',
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.id as string;
    thermostatId = id;
    const d = (await api(`/api/v1/homes/demo/devices/${id}`)).body;
    expect(d.deviceType).toBe('Thermostat');
    expect(d.endpoints[0].clusters.Thermostat).toMatchObject({
      LocalTemperature: 2100,
      OccupiedHeatingSetpoint: 2200,
    });
    const c = await api(`/api/v1/homes/demo/devices/${id}/commands`, {
      method: 'POST',
      body: {
        endpoint: '1',
        cluster: 'Thermostat',
        command: 'SetpointRaiseLower',
        args: { Mode: 0, Amount: 10 },
      },
    });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    expect(
      (await thermostat.call<{ thermostat: { occupiedHeatingSetpoint: number } }>('state')).thermostat
        .occupiedHeatingSetpoint,
    ).toBe(2300);
    await until('the hub to show 23 °C', async () =>
      (await api(`/api/v1/homes/demo/devices/${id}`)).body.endpoints[0].clusters.Thermostat
        .OccupiedHeatingSetpoint === 2300
        ? true
        : undefined,
    );
  }, 120_000);

  it('finds a device that went away offline (Matter keep-alive), and re-subscribes when it returns', async () => {
    const online = async () => (await api(`/api/v1/homes/demo/devices/${thermostatId}`)).body.online;
    expect(await online()).toBe(true);
    thermostat.child.kill('SIGKILL');
    const t0 = performance.now();
    await until(
      'the thermostat offline',
      async () => ((await online()) === false ? true : undefined),
      120_000,
    );
    console.log(`a killed device was found offline after ${Math.round(performance.now() - t0)} ms`);
    const off = await api(`/api/v1/homes/demo/devices/${thermostatId}/commands`, {
      method: 'POST',
      body: {
        endpoint: '1',
        cluster: 'Thermostat',
        command: 'SetpointRaiseLower',
        args: { Mode: 0, Amount: 10 },
      },
    });
    expect(off.status).toBe(503);
    expect(off.body.error.code).toBe('device-offline');
    thermostat = new Device(ns, {
      kind: 'thermostat',
      port: 5603,
      storage: thermostatStore,
      passcode: 20202023,
    });
    devices.push(thermostat);
    await thermostat.ready;
    const t1 = performance.now();
    await until(
      'the thermostat back online',
      async () => ((await online()) === true ? true : undefined),
      120_000,
    );
    console.log(`the returning device was online again after ${Math.round(performance.now() - t1)} ms`);
    await thermostat.call('set', { values: { thermostat: { localTemperature: 1950 } } });
    await until('a report from the re-subscribed thermostat', async () =>
      (await api(`/api/v1/homes/demo/devices/${thermostatId}`)).body.endpoints[0].clusters.Thermostat
        .LocalTemperature === 1950
        ? true
        : undefined,
    );
  }, 300_000);

  it('keeps the device across a hub restart, and commands still reach it', async () => {
    await stopHub(hub);
    hub = await startHub(ns, data, []);
    await until('the light online after the restart', async () =>
      (await api(`/api/v1/homes/demo/devices/${lightId}`)).body.online === true ? true : undefined,
    );
    const r = await api(`/api/v1/homes/demo/devices/${lightId}/commands`, {
      method: 'POST',
      body: { endpoint: '1', cluster: 'OnOff', command: 'Toggle' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await light.call<{ onOff: { onOff: boolean } }>('state')).onOff.onOff).toBe(true);
    expect(await onOf(lightId)).toBe(true);
  }, 180_000);
});

/**
 * Vendors that stop answering, and a hub that restarts: a vendor simulator in its own process is
 * killed and restarted; the hub restarts on the same data folder and keeps state, logs and token.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_HOME, homeFromYaml, startTestHub, type TestHub, tempDir } from '../support/hub.js';
import { expectUnlockKept, unlockDemoDoor } from '../support/restart.js';

const BIN = resolve(import.meta.dirname, '../../bin/yeondong.js');
const children: ChildProcess[] = [];
const hubs: TestHub[] = [];

afterEach(async () => {
  for (const h of hubs.splice(0)) await h.stop();
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** Runs `yeondong ARGS` and resolves with the child once it printed `listening on`. */
function run(args: string[]): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((res, rej) => {
    let out = '';
    let err = '';
    const t = setTimeout(
      () => rej(new Error(`no 'listening on' from ${args.join(' ')}: ${out} ${err}`)),
      20_000,
    );
    child.stderr?.on('data', (d) => {
      err += String(d);
    });
    child.stdout?.on('data', (d) => {
      out += String(d);
      const line = out.split('\n').find((l) => l.includes('listening on http://127.0.0.1:'));
      if (line) {
        clearTimeout(t);
        res({ child, line });
      }
    });
    child.on('exit', (code) => rej(new Error(`exited ${code}: ${out} ${err}`)));
  });
}

const waitFor = async (what: string, fn: () => Promise<boolean>, ms = 5000): Promise<number> => {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await fn()) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
};

const KT_HOME = (port: number) => `
version: 1
home: { id: tvhome, name: TV 집 }
areas: [{ id: living, name: 거실 }]
assistants: [{ id: genie, name: 기가지니, provider: KT, wakeWords: [지니야] }]
satellites: [{ id: console, name: 콘솔, assistants: [genie] }]
grants: [{ assistant: '*', privilege: operate }]
connections:
  - id: kt
    adapter: c2c
    simulate: false
    baseUrl: http://127.0.0.1:${port}
devices:
  - { id: settop, connection: kt, externalId: kt-stb-01, name: 거실 TV, area: living }
`;

describe('a vendor that stops answering', () => {
  it('turns its devices offline, fails commands fast with device-offline, and recovers', async () => {
    const sim = await run(['simulate', '--home', DEMO_HOME, '--connection', 'kt', '--port', '0']);
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(sim.line)?.[1]);
    const h = await startTestHub({ homes: [homeFromYaml(KT_HOME(port))], pollMs: 200 });
    hubs.push(h);
    const get = async () => (await h.api('/api/v1/homes/tvhome/devices/settop')).body;
    expect((await get()).online).toBe(true);
    const cmd = (n: number) =>
      h.api('/api/v1/homes/tvhome/devices/settop/commands', {
        method: 'POST',
        body: JSON.stringify({
          endpoint: 'main',
          cluster: 'Channel',
          command: 'ChangeChannelByNumber',
          args: { MajorNumber: n },
        }),
      });
    expect((await cmd(13)).status).toBe(200);

    sim.child.kill('SIGKILL');
    const t0 = Date.now();
    const r = await cmd(9);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('device-offline');
    await waitFor('offline', async () => (await get()).online === false, 3000);
    expect((await get()).endpoints[0].clusters.Channel.CurrentChannel.MajorNumber).toBe(13);

    const again = await run(['simulate', '--home', DEMO_HOME, '--connection', 'kt', '--port', String(port)]);
    expect(again.line).toContain(`:${port}`);
    await waitFor('back online', async () => (await get()).online === true, 5000);
    expect((await cmd(9)).status).toBe(200);
  });
});

describe('restart', () => {
  it('keeps state, the command log and the owner token on the same data folder', async () => {
    const dataDir = tempDir();
    const a = await startTestHub({ homes: [DEMO_HOME], dataDir });
    const token = readFileSync(join(dataDir, 'owner.token'), 'utf8').trim();
    expect(token).toBe(a.token());
    const r = await unlockDemoDoor(a);
    expect(r.status).toBe(200);
    await a.stop();

    const b = await startTestHub({ homes: [DEMO_HOME], dataDir });
    hubs.push(b);
    await expectUnlockKept(b, token);
  });
});

describe('restart with the embedded vendor simulators', () => {
  /** One device of each simulated vendor: a command, then the attribute it changes. */
  // biome-ignore format: a table reads better one row a line
  const CHANGES: Array<[string, string, string, string, Record<string, unknown>, string, unknown]> = [
    ['fridge', 'freezer', 'TemperatureControl', 'SetTemperature', { TargetTemperature: -2000 }, 'TemperatureSetpoint', -2000],
    ['settop', 'speaker', 'LevelControl', 'MoveToLevel', { Level: 30 }, 'CurrentLevel', 30],
    ['kimchi', 'lower', 'TemperatureControl', 'SetTemperature', { TargetTemperature: -200 }, 'TemperatureSetpoint', -200],
    ['kids-light', 'main', 'OnOff', 'On', {}, 'OnOff', true],
  ];
  const attr = (d: any, endpoint: string, cluster: string, name: string) =>
    d.endpoints.find((e: any) => e.id === endpoint)?.clusters[cluster]?.[name];

  it('keeps the LG, KT, Samsung and Zigbee devices as they were left, as real clouds would', async () => {
    const dataDir = tempDir();
    const a = await startTestHub({ homes: [DEMO_HOME], dataDir });
    for (const [id, endpoint, cluster, command, args, name, want] of CHANGES) {
      const before = attr((await a.api(`/api/v1/homes/demo/devices/${id}`)).body, endpoint, cluster, name);
      expect(before, `${id} starts elsewhere`).not.toEqual(want);
      const r = await a.api(`/api/v1/homes/demo/devices/${id}/commands`, {
        method: 'POST',
        body: JSON.stringify({ endpoint, cluster, command, args }),
      });
      expect(r.status, id).toBe(200);
    }
    await a.stop();

    const b = await startTestHub({ homes: [DEMO_HOME], dataDir });
    hubs.push(b);
    for (const [id, endpoint, cluster, , , name, want] of CHANGES) {
      const d = (await b.api(`/api/v1/homes/demo/devices/${id}`)).body;
      expect(d.online, id).toBe(true);
      expect(attr(d, endpoint, cluster, name), id).toEqual(want);
    }
  });
});

describe('serve', () => {
  it('accepts the shared demo home, writes the token with mode 0600, and stops on SIGTERM within 5 s', async () => {
    const dataDir = tempDir();
    const { child, line } = await run([
      'serve',
      '--home',
      DEMO_HOME,
      '--port',
      '0',
      '--data',
      dataDir,
      '--log-level',
      'warn',
    ]);
    expect(line).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    const { statSync } = await import('node:fs');
    expect(statSync(join(dataDir, 'owner.token')).mode & 0o777).toBe(0o600);
    const t0 = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('exit', r));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(code).toBe(0);
  });

  it('refuses a bad home file with a message naming the place, and exits 2', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      readFileSync(DEMO_HOME, 'utf8').replace(
        'area: kitchen }\n  - { id: aircon',
        'area: garage }\n  - { id: aircon',
      ),
    );
    const child = spawn(process.execPath, [BIN, 'serve', '--home', file, '--port', '0', '--data', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(2);
    expect(err).toMatch(/devices\.0\.area \(line \d+\): unknown area 'garage'/);
  });
});

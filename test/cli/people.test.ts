/**
 * `yeondong people` as an operator runs it: the real CLI in its own process, on the data folder of
 * a hub that is running. The hub sees every change without a restart; bad input changes nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthRouteGroup } from '../../src/server/routes/oauth.js';
import { startTestHub, type TestHub, tempDir } from '../support/hub.js';

const BIN = resolve(import.meta.dirname, '../../bin/yeondong.js');

let h: TestHub;

beforeAll(async () => {
  // With the OAuth group, so the owner's people API can be compared with the CLI.
  h = await startTestHub({ groups: [oauthRouteGroup()] });
});
afterAll(async () => {
  await h?.stop();
});

/** Runs `yeondong people ARGS` in its own process. */
function people(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [BIN, 'people', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  return new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (code) => res({ code, out, err }));
  });
}

/** `people SUB --data <the hub's folder> --home demo ARGS`. */
const onHub = (sub: string, ...args: string[]) => people(sub, '--data', h.dataDir, '--home', 'demo', ...args);

/** The one line of JSON a command printed. */
const jsonLine = (out: string) => {
  const lines = out.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string);
};

/** Waits (at most a second) until `GET path` with `token` answers `status`; resolves with the body. */
async function within1s(token: string, status: number, path = '/api/v1/homes/demo/devices'): Promise<any> {
  const t0 = Date.now();
  for (;;) {
    const r = await h.api(path, { token });
    if (r.status === status) return r.body;
    if (Date.now() - t0 > 1000)
      throw new Error(`${path} still answers ${r.status}, not ${status}, after 1 s`);
    await new Promise((res) => setTimeout(res, 25));
  }
}

const ids = (devices: Array<{ id: string }>) => devices.map((d) => d.id).sort();

/** Everything the hub keeps about the home's tokens and people, as the store has it. */
const snapshot = async () => JSON.stringify(await h.hub.ctx.store.listKv('demo', ''));

describe('yeondong people (same data folder as a running hub)', () => {
  it('adds a guest whose token works at once for one device, lists, issues, changes and removes', async () => {
    const add = await onHub(
      'add',
      '--name',
      '이모',
      '--role',
      'guest',
      '--device',
      'living-light',
      '--expires-in-days',
      '7',
    );
    expect(add.err).toBe('');
    expect(add.code).toBe(0);
    const { person, token, tokenId, expiresAt } = jsonLine(add.out);
    expect(person).toMatchObject({ home: 'demo', name: '이모', role: 'guest', devices: ['living-light'] });
    expect(token).toMatch(/^yd_/);
    expect(tokenId).toMatch(/^tk_/);
    expect(expiresAt).toBeGreaterThan(Date.now() + 6.9 * 86400_000);
    expect(expiresAt).toBeLessThan(Date.now() + 7.1 * 86400_000);

    // The running hub: the guest sees the one device, nothing else, and the owner sees the guest.
    expect(ids(await within1s(token, 200))).toEqual(['living-light']);
    expect((await h.api('/api/v1/homes/demo/devices/fridge', { token })).status).toBe(404);
    const viaApi = await h.api('/api/v1/homes/demo/people');
    expect(viaApi.body).toContainEqual(person);

    const list = await onHub('list');
    expect(list.code).toBe(0);
    expect(
      list.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toContainEqual(person);
    expect(list.out).not.toContain(token);
    expect(list.out).not.toContain(tokenId);
    expect(list.out).not.toMatch(/yd_|token/i);

    const again = await onHub('token', '--person', person.id);
    expect(again.code).toBe(0);
    const second = jsonLine(again.out);
    expect(second.token).not.toBe(token);
    // Guests' tokens last 30 days unless the owner says otherwise.
    expect(second.expiresAt).toBeGreaterThan(Date.now() + 29.9 * 86400_000);
    expect(ids(await within1s(second.token, 200))).toEqual(['living-light']);

    const change = await onHub(
      'change',
      '--person',
      person.id,
      '--device',
      'living-light',
      '--device',
      'aircon',
    );
    expect(change.code).toBe(0);
    expect(jsonLine(change.out).devices).toEqual(['living-light', 'aircon']);
    await within1s(token, 200, '/api/v1/homes/demo/devices/aircon');

    const rm = await onHub('remove', '--person', person.id);
    expect(rm.code).toBe(0);
    expect(jsonLine(rm.out)).toEqual({ removed: person.id });
    const t0 = Date.now();
    await within1s(token, 401);
    await within1s(second.token, 401);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect((await onHub('list')).out).not.toContain(person.id);
    expect((await h.api('/api/v1/homes/demo/people')).body).not.toContainEqual(person);
  });

  it('adds a member whose token lasts a year and sees the whole home', async () => {
    const add = await onHub('add', '--name', '삼촌', '--role', 'member', '--id', 'uncle');
    expect(add.code).toBe(0);
    const { person, token, expiresAt } = jsonLine(add.out);
    expect(person).toMatchObject({ id: 'uncle', role: 'member', devices: [] });
    expect(expiresAt).toBeGreaterThan(Date.now() + 364 * 86400_000);
    expect((await within1s(token, 200)).length).toBe((await h.api('/api/v1/homes/demo/devices')).body.length);
    // The id is taken now.
    const twice = await onHub('add', '--name', '삼촌', '--role', 'member', '--id', 'uncle');
    expect(twice.code).toBe(1);
    expect(twice.err).toContain("person 'uncle' already exists");
  });

  it('refuses bad input with one line on stderr and changes nothing', async () => {
    const missing = join(tempDir('yd-people-'), 'nothing-here');
    const cases: Array<[number, string[], string]> = [
      [
        2,
        ['add', '--data', h.dataDir, '--home', 'demo', '--name', 'x', '--role', 'owner'],
        "unknown role 'owner'",
      ],
      [
        2,
        ['add', '--data', h.dataDir, '--home', 'demo', '--name', 'x', '--role', 'admin'],
        "unknown role 'admin'",
      ],
      [2, ['add', '--data', h.dataDir, '--home', 'demo', '--name', 'x'], '--role member|guest is required'],
      [2, ['add', '--data', h.dataDir, '--name', 'x', '--role', 'guest'], '--home H is required'],
      [2, ['list', '--data', h.dataDir], '--home H is required'],
      [2, ['add', '--data', h.dataDir, '--home', 'demo', '--role', 'guest'], '--name NAME is required'],
      [2, ['token', '--data', h.dataDir, '--home', 'demo'], '--person ID is required'],
      [2, ['change', '--data', h.dataDir, '--home', 'demo', '--person', 'x'], 'say what changes'],
      [
        2,
        ['list', '--data', h.dataDir, '--home', 'demo', '--role', 'guest'],
        "--role does not apply to 'people list'",
      ],
      [
        2,
        ['add', '--data', h.dataDir, '--home', 'demo', '--name', 'x', '--role', 'guest', '--id', '이모'],
        '--id must be',
      ],
      [
        2,
        ['add', '--data', h.dataDir, '--home', 'demo', '--name', 'evil\u202etxt.exe', '--role', 'guest'],
        '--name must not contain bidirectional formatting characters',
      ],
      [
        2,
        ['change', '--data', h.dataDir, '--home', 'demo', '--person', 'x', '--name', 'a\u001b[2Jb'],
        '--name must not contain control characters',
      ],
      [1, ['list', '--data', missing, '--home', 'demo'], `no hub data in ${missing}`],
      [1, ['add', '--data', missing, '--home', 'demo', '--name', 'x', '--role', 'guest'], 'no hub data in'],
      [1, ['list', '--data', h.dataDir, '--home', 'nowhere'], "no hub has served home 'nowhere'"],
      [1, ['token', '--data', h.dataDir, '--home', 'demo', '--person', 'nobody'], "no person 'nobody'"],
      [1, ['remove', '--data', h.dataDir, '--home', 'demo', '--person', 'nobody'], "no person 'nobody'"],
      [1, ['remove', '--data', h.dataDir, '--home', 'demo', '--person', 'owner'], "no person 'owner'"],
      [
        1,
        ['add', '--data', h.dataDir, '--home', 'demo', '--name', 'x', '--role', 'guest', '--device', 'nope'],
        'unknown device(s): nope',
      ],
      [2, ['frobnicate'], 'say add, list, change, token or remove'],
      [2, [], 'say add, list, change, token or remove'],
    ];
    cases.push([
      2,
      ['token', '--data', h.dataDir, '--home', 'demo', '--person', 'x', '--expires-in-days='],
      '--expires-in-days needs a value (got an empty one)',
    ]);
    for (const days of ['0', '3651', 'abc', '1.5', '-3', '1e3']) {
      cases.push([
        2,
        ['token', '--data', h.dataDir, '--home', 'demo', '--person', 'x', `--expires-in-days=${days}`],
        `--expires-in-days must be a whole number from 1 to 3650 (got '${days}')`,
      ]);
    }
    const before = await snapshot();
    const results = await Promise.all(cases.map(([, args]) => people(...args)));
    results.forEach((r, i) => {
      const [code, args, message] = cases[i] as (typeof cases)[number];
      const what = args.join(' ');
      expect(r.code, what).toBe(code);
      expect(r.out, what).toBe('');
      expect(r.err.trim().split('\n'), what).toHaveLength(1);
      expect(r.err, what).toContain(message);
    });
    expect(await snapshot()).toBe(before);
    expect(existsSync(missing)).toBe(false);
  });

  it('prints its help with --help, for the command and each sub-command', async () => {
    for (const args of [['--help'], ['add', '--help'], ['token', '-h']]) {
      const r = await people(...args);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage: yeondong people <add|list|change|token|remove>');
      expect(r.err).toBe('');
    }
  });
});

/**
 * `yeondong devices` and `yeondong say` as a newcomer runs them: the real CLI in its own process,
 * next to a running hub whose data folder is ./.data of the working directory (the default).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub, tempDir } from '../support/hub.js';

const BIN = resolve(import.meta.dirname, '../../bin/yeondong.js');
const cwd = tempDir('yd-cli-');
let h: TestHub;

beforeAll(async () => {
  mkdirSync(join(cwd, '.data'));
  h = await startTestHub({ dataDir: join(cwd, '.data') });
});
afterAll(async () => {
  await h?.stop();
});

function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, YEONDONG_TOKEN: '' },
  });
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

const row = (out: string, id: string) => out.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';

describe('yeondong devices', () => {
  it('finds the token in ./.data and describes devices in the words of the dashboard', async () => {
    const r = await cli('devices', '--url', h.url);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^ID\s+이름\s+위치\s+종류\s+연결\s+상태$/);
    // The curtain is fully open (Matter: 0 = open), as the card says; its room by name.
    expect(row(r.out, 'curtain')).toMatch(
      /^curtain\s+거실 커튼\s+거실\s+커튼·블라인드\s+온라인\s+열림 100%$/,
    );
    expect(row(r.out, 'aircon')).toMatch(/꺼짐 · 냉방 · 현재 27°C · 설정 24°C · 풍량 꺼짐$/);
    expect(row(r.out, 'washer')).toMatch(/\s+베란다\s+세탁기\s+온라인\s+대기 · 표준$/);
    expect(row(r.out, 'living-light')).toMatch(/밝기 100% · 색온도 2700K$/);
    expect(row(r.out, 'galaxy-buds')).toMatch(/위치 미지정/);
    // No raw Matter numbers, cluster words or area ids.
    expect(r.out).not.toMatch(/mired|state \d|mode \d|fan \d|closed \d|\s(living|kitchen|master)\s/);
  });

  it('speaks English with --lang en', async () => {
    const r = await cli('devices', '--url', h.url, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(row(r.out, 'curtain')).toMatch(/Open 100%$/);
  });

  it("a guest's token: the rooms of its devices by name, and no other room", async () => {
    const added = await cli(
      ...['people', 'add', '--data', join(cwd, '.data'), '--home', 'demo', '--name', '손님'],
      ...['--role', 'guest', '--device', 'fridge', '--device', 'door'],
    );
    expect(added.code, added.err).toBe(0);
    const guest = (JSON.parse(added.out) as { token: string }).token;
    // the running hub picks up a token written by another process within ~250 ms (src/hub/auth.ts): ask
    // again while it is not yet known, up to 5 s
    let r = await cli('devices', '--url', h.url, '--token', guest);
    for (const t0 = Date.now(); r.err.includes('401') && Date.now() - t0 < 5000; ) {
      await new Promise((ok) => setTimeout(ok, 250));
      r = await cli('devices', '--url', h.url, '--token', guest);
    }
    expect(r.err).toBe('');
    expect(row(r.out, 'fridge')).toMatch(/^fridge\s+냉장고\s+주방\s/);
    expect(row(r.out, 'door')).toMatch(/^door\s+현관문\s+현관\s/);
    expect(r.out).not.toMatch(/\s(kitchen|entrance)\s/);
    // What the API gives that guest: the areas of its two devices, nothing more.
    const areas = await fetch(`${h.url}/api/v1/homes/demo/areas`, {
      headers: { authorization: `Bearer ${guest}` },
    });
    expect(await areas.json()).toEqual([
      { id: 'kitchen', name: '주방' },
      { id: 'entrance', name: '현관' },
    ]);
    const home = await fetch(`${h.url}/api/v1/homes/demo`, { headers: { authorization: `Bearer ${guest}` } });
    expect(home.status).toBe(403);
  });

  it('an unreachable hub: one line naming the command and what to do, exit 1', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((res) => probe.listen(0, '127.0.0.1', res));
    const { port } = probe.address() as AddressInfo;
    await new Promise((res) => probe.close(res));
    const url = `http://127.0.0.1:${port}`;
    const r = await cli('devices', '--url', url, '--token', 'x');
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      `yeondong devices: cannot reach the hub at ${url} (ECONNREFUSED): is 'yeondong serve' running there? Start it, or give --url`,
    );
  });

  it('names the data folder it looked in when there is no token', async () => {
    const empty = tempDir('yd-empty-');
    const r = await cli('devices', '--url', h.url, '--data', empty);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`yeondong devices: no owner token in ${empty}`);
    expect(r.err).not.toContain('a token is needed');
  });
});

describe('yeondong say', () => {
  it('answers a turn with a wake word, finding the token in ./.data', async () => {
    const r = await cli('say', '--url', h.url, '지니야 주방 불 켜줘');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\[기가지니\] .+\n {2}주방 조명 · 켜기 성공\n$/);
  });

  it("prints people's words: the device, what was asked, the refusal; --json keeps the API's shape", async () => {
    const r = await cli('say', '--url', h.url, '지니야 현관문 열어줘');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\[기가지니\] .+\n {2}현관문 · 열기 실패 \(비밀번호가 필요해요\)\n/);
    expect(r.out).toMatch(/ {2}… 비밀번호: yeondong say --conversation \S+ …\n$/);
    expect(r.out).not.toMatch(/genie|DoorLock|UnlockDoor|pin-required/);
    const j = await cli('say', '--url', h.url, '--json', '지니야 현관문 열어줘');
    expect(j.code).toBe(0);
    const turn = JSON.parse(j.out) as { assistant: string; actions: Array<Record<string, unknown>> };
    expect(turn.assistant).toBe('genie');
    expect(turn.actions[0]).toMatchObject({ deviceId: 'door', cluster: 'DoorLock', command: 'UnlockDoor' });
  });

  it('without a wake word says which wake words that satellite hears and exits 1', async () => {
    const r = await cli('say', '--url', h.url, '--satellite', 'fridge-voice', '거실 불 켜줘');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim()).toBe(
      "yeondong say: no assistant of satellite 'fridge-voice' heard its wake word. It hears: " +
        '"하이 엘지" or "하이 LG" (LG 씽큐, --assistant thinq). Start with one of them, or give --assistant ID',
    );
  });
});

describe('mistakes on the command line', () => {
  it.each([
    [['devics'], "yeondong: unknown command 'devics' (did you mean 'devices'?); see 'yeondong --help'"],
    [
      ['devices', '--dat', 'x'],
      "yeondong devices: unknown option '--dat' (did you mean '--data'?); see 'yeondong devices --help'",
    ],
    [
      ['say', '--satelite', 'x', 'hi'],
      "yeondong say: unknown option '--satelite' (did you mean '--satellite'?)",
    ],
    [['people', 'ad'], "yeondong people: unknown sub-command 'ad' (did you mean 'add'?)"],
    [['clients', 'lst'], "yeondong clients: unknown sub-command 'lst' (did you mean 'list'?)"],
    [['devices', 'extra'], "yeondong devices: unexpected argument 'extra'"],
    [['devices', '--lang', 'fr'], "yeondong devices: --lang must be ko or en (got 'fr')"],
    [['devices', '--url'], "yeondong devices: --url needs a value; see 'yeondong devices --help'"],
    [['devices', '--data', ''], 'yeondong devices: --data needs a value (got an empty one)'],
    [['say', '--url', 'notaurl', 'hi'], "yeondong say: --url must be the hub's http:// or https:// address"],
    [['say', '   '], "yeondong say: what to say is missing; see 'yeondong say --help'"],
    [['say', '--hoem', 'x', 'hi'], "yeondong say: unknown option '--hoem' (did you mean '--home'?)"],
    [['matter', 'piar'], "yeondong matter: unknown command 'piar' (did you mean 'pair'?)"],
    [['nlu', '--hha'], "yeondong nlu: unknown option '--hha' (did you mean '--ha'?)"],
  ])('%j: one line, the command named, exit 2', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(message);
  });
});

describe('exit status: 2 a mistake in the command line, 1 refused by the hub or its data folder', () => {
  it.each([
    [['people', 'list', '--data', 'nothing-here', '--home', 'demo'], 'yeondong people list: no hub data in'],
    [
      ['clients', 'list', '--data', 'nothing-here', '--home', 'demo'],
      'yeondong clients list: no hub data in',
    ],
    [['people', 'token', '--data', '.data', '--home', 'demo', '--person', 'nobody'], "no person 'nobody'"],
    [['clients', 'remove', '--data', '.data', '--client', 'nobody'], "no client 'nobody'"],
  ])('%j: exit 1', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(message);
  });
});

/**
 * Issue #12, finding 15: `serve` refuses a port in use and a data folder another hub holds with
 * one line and exit 1 within 2 s; a hub killed with kill -9 leaves nothing that blocks the next;
 * `people` and `clients` keep working beside a running hub.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/hub.js';
import { exitWithin, listening, message, type Run, smallHome, yd } from './support.js';

const runs: Run[] = [];
const servers: Server[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) {
    r.child.kill('SIGKILL');
    await r.exited;
  }
  for (const s of servers.splice(0)) await new Promise((res) => s.close(res));
});

const serve = (home: string, data: string, port = '0') => {
  const r = yd(['serve', '--home', home, '--data', data, '--port', port]);
  runs.push(r);
  return r;
};

describe('serve refusals (finding 15)', () => {
  it('refuses a data folder another hub holds: one line, exit 1 within 2 s; the first hub is untouched', async () => {
    const home = smallHome();
    const data = tempDir();
    const a = serve(home, data);
    const url = await listening(a);
    const b = serve(home, data);
    const end = await exitWithin(b, 5000);
    expect(end.code).toBe(1);
    expect(end.ms).toBeLessThan(2000);
    expect(message(b)).toHaveLength(1);
    expect(message(b)[0]).toContain(data);
    expect(b.out()).not.toContain('listening on');
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
  });

  it('refuses a port in use: one line, exit 1 within 2 s', async () => {
    const taken = createServer();
    servers.push(taken);
    await new Promise<void>((res) => taken.listen({ host: '127.0.0.1', port: 0 }, res));
    const port = (taken.address() as { port: number }).port;
    const r = serve(smallHome(), tempDir(), String(port));
    const end = await exitWithin(r, 5000);
    expect(end.code).toBe(1);
    expect(end.ms).toBeLessThan(2000);
    expect(message(r)).toHaveLength(1);
    expect(message(r)[0]).toContain(String(port));
  });

  it('starts after a hub on the same folder was killed with kill -9 (no stale lock)', async () => {
    const home = smallHome();
    const data = tempDir();
    const a = serve(home, data);
    await listening(a);
    a.child.kill('SIGKILL');
    await a.exited;
    const b = serve(home, data);
    const url = await listening(b);
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
  });

  it('lets people and clients work on the folder of a running hub', async () => {
    const home = smallHome();
    const data = tempDir();
    await listening(serve(home, data));
    const add = yd(['people', 'add', '--data', data, '--home', 'small', '--name', '이모', '--role', 'guest']);
    expect((await exitWithin(add, 10_000)).code).toBe(0);
    const people = yd(['people', 'list', '--data', data, '--home', 'small']);
    expect((await exitWithin(people, 10_000)).code).toBe(0);
    expect(people.out()).toContain('이모');
    const clients = yd([
      'clients',
      'add',
      '--data',
      data,
      '--home',
      'small',
      '--name',
      'P',
      '--redirect-uri',
      'https://p.example/cb',
    ]);
    expect((await exitWithin(clients, 10_000)).code).toBe(0);
    expect(JSON.parse(clients.out().trim())).toHaveProperty('clientId');
  });

  it('refuses a damaged WAL after kill -9: names the file, exit 1, the owner token untouched', async () => {
    const home = smallHome();
    const data = tempDir();
    const a = serve(home, data);
    const url = await listening(a);
    const token = readFileSync(join(data, 'owner.token'), 'utf8');
    const ep = (
      (await (
        await fetch(`${url}/api/v1/homes/small/devices/vent`, {
          headers: { authorization: `Bearer ${token.trim()}` },
        })
      ).json()) as any
    ).endpoints[0].id;
    const cmd = await fetch(`${url}/api/v1/homes/small/devices/vent/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.trim()}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        endpoint: ep,
        cluster: 'FanControl',
        command: 'WriteAttributes',
        args: { FanMode: 2 },
      }),
    });
    expect(cmd.status).toBe(200);
    a.child.kill('SIGKILL');
    await a.exited;
    const wal = join(data, 'yeondong.db-wal');
    writeFileSync(wal, randomBytes(statSync(wal).size));
    const b = serve(home, data);
    const end = await exitWithin(b, 10_000);
    expect(end.code).toBe(1);
    expect(b.out()).not.toContain('listening on');
    expect(message(b)).toHaveLength(1);
    expect(message(b)[0]).toContain(join(data, 'yeondong.db'));
    expect(readFileSync(join(data, 'owner.token'), 'utf8')).toBe(token);
  });
});

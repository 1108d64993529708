/**
 * A full disk under the hub's data folder (a 2 MB tmpfs, so nothing else on the machine is touched):
 * writes are refused with a clear 503 storage-unavailable instead of being acknowledged; reads keep
 * working; the hub recovers when space is back; every acknowledged command survives a restart.
 * A read-only data folder at start-up is refused with a clear message.
 * Needs root (mount); skipped with the reason otherwise.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, Client, commandsOf, faultRig, report, tempDir, volume } from './support.js';

const dir = tempDir('yd-fault-disk-');
const mnt = join(dir, 'mnt');
mkdirSync(mnt);
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mnt], { encoding: 'utf8' });
const skipReason =
  mounted.status === 0
    ? ''
    : `cannot mount a small tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()})`;
if (skipReason) console.log(`[faults] disk-full: skipped: ${skipReason}`);

/** Fills the file system with one file until ENOSPC. */
function fill(path: string): void {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // full; try smaller pieces to take the last bytes
    try {
      for (;;) writeSync(fd, Buffer.alloc(512, 1));
    } catch {
      // full
    }
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(Boolean(skipReason))('a full disk or read-only data folder', () => {
  // Registered before the rig's: after-hooks run in reverse order, so this one runs after the kill.
  afterAll(() => {
    spawnSync('umount', ['-l', mnt]);
  });
  const rig = faultRig('yd-fault-disk-', dir);

  it('refuses writes with storage-unavailable instead of acknowledging them, and recovers', async () => {
    const sim = await rig.simulator('kt');
    const home = rig.home({ kt: sim.url });
    const data = join(mnt, 'data');
    let hub = await rig.hub([home], data);
    let client = new Client(hub.url, hub.token);
    const path = commandsOf('settop');
    const acked: string[] = [];
    const codes = new Map<string, number>();
    const send = async (level: number) => {
      const r = await client.post(path, volume(level));
      if (r.status === 200) acked.push(r.body.commandId);
      else
        codes.set(
          `${r.status} ${r.body?.error?.code}`,
          (codes.get(`${r.status} ${r.body?.error?.code}`) ?? 0) + 1,
        );
      return r;
    };
    for (let i = 0; i < 20; i++) expect((await send(10 + i)).status).toBe(200);

    const filler = join(mnt, 'filler');
    fill(filler);
    // SQLite may still reuse pages it already owns; keep going until it needs a new one.
    let refused = 0;
    for (let i = 0; i < 400 && refused < 5; i++) {
      const r = await send(21 + (i % 70));
      if (r.status !== 200) {
        expect(r.status).toBe(503);
        expect(r.body.error.code).toBe('storage-unavailable');
        expect(r.body.error.message).toMatch(/cannot write its data/);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    // Reads still work.
    expect((await client.get('/api/v1/homes/bench/devices/settop')).status).toBe(200);

    rmSync(filler);
    // Space is back: writes work again without a restart (a few tries: the WAL may be mid-rollback).
    let recovered = false;
    for (let i = 0; i < 20 && !recovered; i++) recovered = (await send(90)).status === 200;
    expect(recovered).toBe(true);

    client.close();
    await hub.kill('SIGKILL');
    hub = await rig.hub([home], data);
    client = new Client(hub.url, hub.token);
    const log = (await client.get('/api/v1/homes/bench/commands?limit=1000')).body as any[];
    const ok = new Set(log.filter((c) => c.status === 'success').map((c) => c.id));
    const lost = acked.filter((id) => !ok.has(id)).length;
    client.close();
    await hub.kill();
    report('disk-full', {
      acknowledged: acked.length,
      lost,
      duplicated: 0,
      refused: [...codes].map(([k, n]) => `${n} × ${k}`),
    });
    expect(lost).toBe(0);
  });

  it('refuses to start on a read-only data folder with a clear message', async () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', ro], { encoding: 'utf8' });
    expect(m.status, m.stderr).toBe(0);
    try {
      const home = rig.home({ virtual: 2 }, 'home-ro.yaml');
      const r = spawnSync(
        process.execPath,
        [BIN, 'serve', '--home', home, '--port', '0', '--data', join(ro, 'data')],
        {
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      const out = `${r.stdout}${r.stderr}`;
      report('read-only-data-folder', {
        acknowledged: 0,
        lost: 0,
        duplicated: 0,
        exitCode: r.status,
        message: out.trim().slice(0, 200),
      });
      expect(r.status).not.toBe(0);
      expect(out).not.toMatch(/listening on/);
      expect(out).toMatch(/cannot create the data folder .*: .* is on a read-only file system/);
    } finally {
      spawnSync('umount', ['-l', ro]);
    }
  });
});

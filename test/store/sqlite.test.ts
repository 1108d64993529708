import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { StoredDevice } from '../../src/store/types.js';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'yd-store-')), 'hub.db');

// The behaviour every Store shares (reopen, homes apart, paging, idempotency, …) is in
// contract.test.ts, run against SqliteStore and PostgresStore alike.
describe('SqliteStore', () => {
  it('keeps homes apart in key-value data', async () => {
    const s = new SqliteStore(tmp());
    await s.open();
    await s.putKv('a', 'token:1', 'x');
    await s.putKv('b', 'token:2', 'y');
    expect(await s.listKv('a', 'token:')).toEqual([{ key: 'token:1', value: 'x' }]);
    await s.deleteKv('a', 'token:1');
    expect(await s.getKv('a', 'token:1')).toBeNull();
    await s.close();
  });

  it('keeps its change mark while only it writes, and changes it when another connection commits', async () => {
    const path = tmp();
    const s = new SqliteStore(path);
    await s.open();
    const first = await s.changeMark();
    await s.putKv('a', 'token:1', 'x');
    expect(await s.changeMark()).toBe(first);
    const other = new SqliteStore(path);
    await other.open({ checks: false });
    await other.putKv('a', 'token:2', 'y');
    const second = await s.changeMark();
    expect(second).not.toBe(first);
    expect(await s.changeMark()).toBe(second);
    await other.close();
    await s.close();
  });

  it('turns a failing write into a storage-unavailable error', async () => {
    const s = new SqliteStore(tmp());
    await s.open();
    await s.close();
    await expect(s.putKv('a', 'k', 'v')).rejects.toMatchObject({ code: 'storage-unavailable', status: 503 });
  });

  it('applies a patch to the device as last saved, in one batch and across a reopen', async () => {
    const path = tmp();
    const s = new SqliteStore(path);
    await s.open();
    const dev = (level: number): StoredDevice => ({
      id: 'lamp',
      online: true,
      endpoints: [
        {
          id: 'main',
          deviceTypes: ['DimmableLight'],
          tags: [],
          clusters: { LevelControl: { CurrentLevel: level } },
        },
      ],
    });
    await s.saveDevice('a', dev(1));
    await s.patchDevice('a', 'lamp', 'main', 'OnOff', { OnOff: true });
    // Queued in the same turn: a patch, the device saved whole, another patch.
    await Promise.all([
      s.patchDevice('a', 'lamp', 'main', 'OnOff', { OnOff: false }),
      s.saveDevice('a', dev(7)),
      s.patchDevice('a', 'lamp', 'main', 'Extra', { X: 1 }),
    ]);
    expect((await s.loadDevices('a'))[0]?.endpoints[0]?.clusters).toEqual({
      LevelControl: { CurrentLevel: 7 },
      Extra: { X: 1 },
    });
    await s.patchDevice('a', 'lamp', 'main', 'LevelControl', { CurrentLevel: 9 });
    await s.close();
    const t = new SqliteStore(path);
    await t.open();
    await t.patchDevice('a', 'lamp', 'main', 'OnOff', { OnOff: true });
    expect((await t.loadDevices('a'))[0]?.endpoints[0]?.clusters).toEqual({
      LevelControl: { CurrentLevel: 9 },
      Extra: { X: 1 },
      OnOff: { OnOff: true },
    });
    await t.close();
  });

  it('saves many devices in one write, replacing stored ones and what a patch cached', async () => {
    const s = new SqliteStore(tmp());
    await s.open();
    const dev = (id: string, level: number, online = true): StoredDevice => ({
      id,
      online,
      endpoints: [
        {
          id: 'main',
          deviceTypes: ['DimmableLight'],
          tags: [],
          clusters: { LevelControl: { CurrentLevel: level } },
        },
      ],
    });
    await s.saveDevice('a', dev('l1', 1));
    await s.patchDevice('a', 'l1', 'main', 'OnOff', { OnOff: true });
    await s.saveDevices?.('a', [
      dev('l1', 5, false),
      ...Array.from({ length: 500 }, (_, i) => dev(`n${i}`, i)),
    ]);
    await s.patchDevice('a', 'l1', 'main', 'Extra', { X: 1 });
    const stored = new Map((await s.loadDevices('a')).map((d) => [d.id, d]));
    expect(stored.size).toBe(501);
    expect(stored.get('n499')?.endpoints[0]?.clusters).toEqual({ LevelControl: { CurrentLevel: 499 } });
    expect(stored.get('l1')?.online).toBe(false);
    expect(stored.get('l1')?.endpoints[0]?.clusters).toEqual({
      LevelControl: { CurrentLevel: 5 },
      Extra: { X: 1 },
    });
    expect(await s.loadDevices('b')).toEqual([]);
    await s.close();
  });
});

describe('SqliteStore history across a reopen', () => {
  it('appends to the series stored before the reopen and adds new ones', async () => {
    const path = tmp();
    const point = (endpoint: string, at: number, value: number) => ({
      device: 'fridge',
      endpoint,
      attribute: 'TemperatureMeasurement.MeasuredValue',
      at,
      value,
    });
    const q = {
      device: 'fridge',
      attribute: 'TemperatureMeasurement.MeasuredValue',
      from: 0,
      to: 10_000,
      limit: 100,
    };
    const a = new SqliteStore(path);
    await a.open();
    await a.appendSamples('h', [point('refrigerator', 1000, 3)]);
    await a.appendSamples('other', [point('refrigerator', 1000, 9)]);
    await a.close();
    const b = new SqliteStore(path);
    await b.open();
    await b.appendSamples('h', [point('refrigerator', 2000, 4), point('freezer', 2000, -18)]);
    const series = await b.querySamples('h', q);
    expect(series.map((s) => [s.endpoint, s.points.map((p) => p.value)])).toEqual([
      ['freezer', [-18]],
      ['refrigerator', [3, 4]],
    ]);
    expect((await b.querySamples('other', q)).map((s) => s.points.length)).toEqual([1]);
    await b.close();
  });
});

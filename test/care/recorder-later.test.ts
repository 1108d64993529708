/**
 * The recorder's deferred points (the start-up baseline, `addLater`): written after `flushMs` in
 * batches, never after a later point of the same series, and all of them by `flush()` and `stop()`
 * (real SQLite file).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBus } from '../../src/bus/index.js';
import { HistoryRecorder } from '../../src/care/recorder.js';
import type { Sample } from '../../src/store/history.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { silentLogger } from '../../src/util/log.js';
import { tempDir } from '../support/hub.js';

const T0 = Date.parse('2026-12-01T00:00:00Z');
const ATTR = 'OnOff.OnOff';
const point = (device: string, value: number, at = T0): Sample => ({
  device,
  endpoint: 'main',
  attribute: ATTR,
  at,
  value,
});

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function setup(opts: { flushMs: number; batchSize?: number }) {
  const store = new SqliteStore(join(tempDir(), 'yeondong.db'));
  await store.open();
  stores.push(store);
  const bus = createBus(undefined, silentLogger);
  const recorder = new HistoryRecorder(
    'h',
    { store, bus, clock: { now: () => T0 }, log: silentLogger },
    opts,
  );
  const values = async (device: string) =>
    (
      await store.querySamples('h', { device, attribute: ATTR, from: T0 - 1, to: T0 + 10, limit: 10 })
    )[0]?.points.map((p) => p.value) ?? [];
  return { store, recorder, values };
}

describe('HistoryRecorder.addLater', () => {
  it('writes the deferred points flushMs later, in batches of batchSize, without a flush', async () => {
    const { recorder, values, store } = await setup({ flushMs: 200, batchSize: 10 });
    const written: number[] = [];
    const append = store.appendSamples.bind(store);
    store.appendSamples = (home, samples) => {
      written.push(samples.length);
      return append(home, samples);
    };
    recorder.addLater(Array.from({ length: 25 }, (_, i) => point(`d${i}`, 1)));
    await new Promise((r) => setTimeout(r, 50));
    expect(written).toEqual([]);
    await expect.poll(() => written.reduce((a, b) => a + b, 0), { timeout: 5000 }).toBe(25);
    expect(written).toEqual([10, 10, 5]);
    expect(await values('d24')).toEqual([1]);
    await recorder.stop();
  });

  it('never lets a deferred point replace a later point of the same series and instant', async () => {
    const { recorder, values } = await setup({ flushMs: 60_000 });
    recorder.addLater([point('lamp', 0), point('fan', 0)]);
    recorder.add([point('lamp', 1)]);
    await recorder.flush();
    expect(await values('lamp')).toEqual([1]);
    expect(await values('fan')).toEqual([0]);
    await recorder.stop();
  });

  it('writes what is left on stop, and at once after writeLater()', async () => {
    const a = await setup({ flushMs: 60_000 });
    a.recorder.addLater([point('lamp', 1)]);
    await a.recorder.stop();
    expect(await a.values('lamp')).toEqual([1]);

    const b = await setup({ flushMs: 60_000, batchSize: 2 });
    b.recorder.addLater([point('x', 1), point('y', 2), point('z', 3)]);
    b.recorder.writeLater();
    await expect.poll(() => b.values('z'), { timeout: 5000 }).toEqual([3]);
    expect(await b.values('x')).toEqual([1]);
    await b.recorder.stop();
  });
});

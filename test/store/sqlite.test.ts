import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'yd-store-')), 'hub.db');

describe('SqliteStore', () => {
  it('keeps devices, commands, events, audit and idempotency across a reopen', async () => {
    const path = tmp();
    const a = new SqliteStore(path);
    await a.open();
    await a.upsertHome({ id: 'demo', name: '집' });
    await a.saveDevice('demo', {
      id: 'fridge',
      online: true,
      endpoints: [
        {
          id: 'refrigerator',
          deviceTypes: ['TemperatureControlledCabinet'],
          tags: ['Refrigerator'],
          clusters: { TemperatureControl: { TemperatureSetpoint: 400 } },
        },
      ],
    });
    await a.beginCommand({
      id: 'c1',
      home: 'demo',
      origin: 'api:owner',
      device: 'fridge',
      endpoint: 'refrigerator',
      cluster: 'TemperatureControl',
      command: 'SetTemperature',
      args: { TargetTemperature: 300 },
      status: 'pending',
      errorCode: null,
      startedAt: 1,
      finishedAt: null,
      vendorMs: null,
    });
    await a.finishCommand(
      'c1',
      { status: 'success', errorCode: null, finishedAt: 2, vendorMs: 1.5 },
      [
        {
          device: 'fridge',
          endpoint: 'refrigerator',
          cluster: 'TemperatureControl',
          attrs: { TemperatureSetpoint: 300 },
        },
      ],
      'demo',
    );
    const seq = await a.appendEvent('demo', 'stateChanged', { x: 1 }, 3);
    await a.appendAudit('demo', {
      at: 4,
      kind: 'turn',
      assistant: 'genie',
      satellite: 'console',
      conversationId: 'k',
      principal: 'owner',
      decision: 'allowed',
      outcome: {},
    });
    await a.putIdempotent('demo', 'key-1', { status: 200, body: { ok: true } }, 1000);
    await a.close();

    const b = new SqliteStore(path);
    await b.open();
    const [dev] = await b.loadDevices('demo');
    expect(dev?.endpoints[0]?.clusters.TemperatureControl?.TemperatureSetpoint).toBe(300);
    const [c] = await b.listCommands('demo', 10);
    expect(c).toMatchObject({ id: 'c1', status: 'success', args: { TargetTemperature: 300 }, finishedAt: 2 });
    expect((await b.listEvents('demo', 10))[0]).toMatchObject({
      seq,
      type: 'stateChanged',
      payload: { x: 1 },
    });
    expect((await b.listAudit('demo', 10))[0]).toMatchObject({ assistant: 'genie', decision: 'allowed' });
    expect(await b.getIdempotent('demo', 'key-1', 2000)).toEqual({ status: 200, body: { ok: true } });
    expect(await b.getIdempotent('demo', 'key-1', 1000 + 25 * 3600 * 1000)).toBeNull();
    expect(await b.getIdempotent('other', 'key-1', 2000)).toBeNull();
    await b.close();
  });

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

  it('turns a failing write into a storage-unavailable error', async () => {
    const s = new SqliteStore(tmp());
    await s.open();
    await s.close();
    await expect(s.putKv('a', 'k', 'v')).rejects.toMatchObject({ code: 'storage-unavailable', status: 503 });
  });
});

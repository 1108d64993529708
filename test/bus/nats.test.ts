/**
 * NatsBus against the real NATS server (YEONDONG_TEST_NATS, default nats://127.0.0.1:4222). Each
 * run uses its own stream and subject prefix (streams may not overlap) and deletes them after.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBus } from '../../src/bus/index.js';
import { MemoryBus } from '../../src/bus/memory.js';
import { NatsBus, subjectToken } from '../../src/bus/nats.js';
import type { BusEvents } from '../../src/bus/types.js';
import { createLogger, silentLogger } from '../../src/util/log.js';

const NATS_URL = process.env.YEONDONG_TEST_NATS ?? 'nats://127.0.0.1:4222';
const run = randomBytes(4).toString('hex');
const streams = new Set<string>();
const buses: NatsBus[] = [];
let n = 0;

/** A fresh stream and subject prefix for one test (buses made with `bus(place)` share them). */
function place() {
  n++;
  const stream = `YD_TEST_${run}_${n}`;
  streams.add(stream);
  return { stream, subjectPrefix: `ydtest${run}${n}` };
}

function bus(p: ReturnType<typeof place>, log = silentLogger): NatsBus {
  const b = new NatsBus({ url: NATS_URL, ...p, log, maxAgeMs: 60_000 });
  buses.push(b);
  return b;
}

afterEach(async () => {
  for (const b of buses.splice(0)) await b.stop();
});

afterAll(async () => {
  const nc = await connect({ servers: NATS_URL });
  try {
    const jsm = await nc.jetstreamManager();
    for (const s of streams) await jsm.streams.delete(s).catch(() => {});
  } finally {
    await nc.close();
  }
});

const changed = (home: string, device: string, on = true): BusEvents['stateChanged'] => ({
  home,
  device,
  patches: [{ endpoint: 'main', cluster: 'OnOff', attributes: { OnOff: on } }],
  origin: 'api',
});

/** Resolves with the first `count` payloads a listener gets, or rejects after `ms`. */
function collect<T>(register: (push: (p: T) => void) => void, count: number, ms = 5000): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const got: T[] = [];
    const t = setTimeout(() => reject(new Error(`got ${got.length} of ${count} events`)), ms);
    register((p) => {
      got.push(p);
      if (got.length === count) {
        clearTimeout(t);
        resolve(got);
      }
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('NatsBus', () => {
  it('delivers to local listeners synchronously, and one failing listener does not break the others', async () => {
    const lines: string[] = [];
    const b = bus(
      place(),
      createLogger('error', {}, (l) => lines.push(l)),
    );
    await b.start();
    const seen: string[] = [];
    b.on('stateChanged', () => {
      throw new Error('boom');
    });
    b.on('stateChanged', (p) => seen.push(`second:${p.device}`));
    b.on('onlineChanged', (p) => seen.push(`online:${p.device}`));
    b.emit('stateChanged', changed('demo', 'lamp'));
    b.emit('onlineChanged', { home: 'demo', device: 'tv', online: false });
    // Delivered before emit returned: no await in between.
    expect(seen).toEqual(['second:lamp', 'online:tv']);
    expect(lines.some((l) => l.includes('bus listener failed') && l.includes('boom'))).toBe(true);
  });

  it('lets a second bus (as another process would) follow a home: its events only, in order, none twice', async () => {
    const p = place();
    const a = bus(p);
    const b = bus(p);
    await a.start();
    await b.start();
    const stop = await b.follow('demo');
    const got = collect<BusEvents['stateChanged']>((push) => b.on('stateChanged', push), 3);
    const online: Array<BusEvents['onlineChanged']> = [];
    b.on('onlineChanged', (e) => online.push(e));
    a.emit('stateChanged', changed('other', 'x'));
    a.emit('stateChanged', changed('demo', 'lamp', true));
    a.emit('onlineChanged', { home: 'demo', device: 'lamp', online: true });
    a.emit('stateChanged', changed('demo', 'lamp', false));
    // b's own events reach its listeners once (locally), not again from the stream.
    b.emit('stateChanged', changed('demo', 'fan'));
    const events = await got;
    expect(events.map((e) => e.device)).toEqual(['fan', 'lamp', 'lamp']);
    expect(events[1]).toEqual(changed('demo', 'lamp', true));
    expect(events[2]).toEqual(changed('demo', 'lamp', false));
    await sleep(200);
    expect(online).toEqual([{ home: 'demo', device: 'lamp', online: true }]);

    // After stop, nothing more comes.
    stop();
    const after: unknown[] = [];
    b.on('stateChanged', (e) => after.push(e));
    a.emit('stateChanged', changed('demo', 'late'));
    await sleep(300);
    expect(after).toEqual([]);
  });

  it('keeps the events in the stream: a later follower can replay them', async () => {
    const p = place();
    const a = bus(p);
    await a.start();
    a.emit('commandExecuted', {
      home: 'home.with.dots',
      commandId: 'c1',
      device: 'door',
      endpoint: 'main',
      cluster: 'DoorLock',
      command: 'UnlockDoor',
      origin: 'api',
      status: 'success',
      errorCode: null,
      ms: 3,
    });
    a.emit('commandExecuted', {
      home: 'home',
      commandId: 'c2',
      device: 'door',
      endpoint: 'main',
      cluster: 'DoorLock',
      command: 'LockDoor',
      origin: 'api',
      status: 'success',
      errorCode: null,
      ms: 3,
    });
    await a.stop();
    expect(a.subject('home.with.dots', 'commandExecuted')).toBe(
      `${p.subjectPrefix}.home%2Ewith%2Edots.commandExecuted`,
    );

    const c = bus(p);
    await c.start();
    const got = collect<BusEvents['commandExecuted']>((push) => c.on('commandExecuted', push), 1);
    await c.follow('home.with.dots', { replay: true });
    expect((await got).map((e) => e.commandId)).toEqual(['c1']);
  });

  it('removes every listener of an owner', async () => {
    const b = bus(place());
    await b.start();
    const owner = {};
    const seen: string[] = [];
    b.on('stateChanged', () => seen.push('owned'), owner);
    b.on('onlineChanged', () => seen.push('owned-online'), owner);
    b.on('stateChanged', () => seen.push('other'));
    const off = b.on('stateChanged', () => seen.push('unsubscribed'));
    off();
    b.removeOwner(owner);
    b.emit('stateChanged', changed('demo', 'lamp'));
    b.emit('onlineChanged', { home: 'demo', device: 'lamp', online: true });
    expect(seen).toEqual(['other']);
  });

  it('logs a failed publish without throwing at the emitter, and still delivers locally', async () => {
    const p = place();
    const lines: string[] = [];
    const b = new NatsBus({
      url: NATS_URL,
      ...p,
      publishTimeoutMs: 1000,
      log: createLogger('error', {}, (l) => lines.push(l)),
    });
    buses.push(b);
    await b.start();
    const nc = await connect({ servers: NATS_URL });
    await (await nc.jetstreamManager()).streams.delete(p.stream);
    await nc.close();
    const seen: string[] = [];
    b.on('stateChanged', (e) => seen.push(e.device));
    expect(() => b.emit('stateChanged', changed('demo', 'lamp'))).not.toThrow();
    expect(seen).toEqual(['lamp']);
    const t0 = Date.now();
    while (!lines.some((l) => l.includes('publishing to NATS failed')) && Date.now() - t0 < 5000) {
      await sleep(50);
    }
    expect(lines.find((l) => l.includes('publishing to NATS failed'))).toContain('stateChanged');
  });

  it('delivers locally before start and after stop (nothing to publish to), and stops twice safely', async () => {
    const b = bus(place());
    const seen: string[] = [];
    b.on('stateChanged', (e) => seen.push(e.device));
    b.emit('stateChanged', changed('demo', 'before'));
    await b.start();
    await b.stop();
    await b.stop();
    b.emit('stateChanged', changed('demo', 'after'));
    expect(seen).toEqual(['before', 'after']);
  });

  it('fails to start with a clear message when NATS is not there', async () => {
    const b = new NatsBus({ url: 'nats://127.0.0.1:1', log: silentLogger });
    await expect(b.start()).rejects.toThrow(/cannot reach NATS at nats:\/\/127\.0\.0\.1:1/);
  });
});

describe('createBus', () => {
  it('is in-process without a URL and NATS for nats://', () => {
    expect(createBus(undefined)).toBeInstanceOf(MemoryBus);
    expect(createBus('nats://127.0.0.1:4222?stream=X')).toBeInstanceOf(NatsBus);
    expect(() => createBus('redis://u:secret@h')).toThrow(/nats:\/\//);
    expect(() => createBus('redis://u:secret@h')).not.toThrow(/secret/);
  });

  it('encodes home ids into single subject tokens', () => {
    expect(subjectToken('demo-1_a')).toBe('demo-1_a');
    expect(subjectToken('a.b*>')).toBe('a%2Eb%2A%3E');
    expect(subjectToken('집')).toBe('%EC%A7%91');
  });
});

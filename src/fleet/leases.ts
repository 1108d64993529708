/**
 * Placement and leases of a fleet, kept in two NATS JetStream key-value buckets (no consensus of
 * our own: JetStream's revision-checked writes are the only arbiter).
 *
 * - `<bucket>_nodes`: one key per live node, put every `ttl / 3`; the bucket's TTL drops a node
 *   that stopped heartbeating (kill -9). A graceful stop deletes its key at once.
 * - `<bucket>_leases`: one key per served home, value = the node's name. Won with `create` (fails
 *   while another node's lease is alive), renewed with `update(…, revision)` every `ttl / 3` (fails
 *   if anyone else wrote it), released with a revision-checked `delete`. The bucket's TTL expires
 *   the leases of a dead node, so its homes are free again at most `ttl` after its last renewal.
 *
 * Which node should serve a home: rendezvous hashing over the live nodes (the highest
 * hash(node, home) wins), so every node computes the same answer and a join or leave moves only
 * the homes that must move (about 1/N of them).
 *
 * A node trusts its own lease only until `lastRenewal + ttl - margin`: a node cut off from NATS
 * (or frozen) stops serving before another node can win the lease.
 */
import { createHash } from 'node:crypto';
import type { KV, KvEntry, NatsConnection } from 'nats';
import type { Logger } from '../util/log.js';

export interface LeaseCallbacks {
  /** The lease of a home was won: start serving it. A rejection releases the lease again. */
  acquired(home: string): Promise<void>;
  /** The home must stop being served here (handed over, or the lease was lost). */
  released(home: string, why: 'handover' | 'lost' | 'stop'): Promise<void>;
}

export interface LeaseOptions {
  node: string;
  /** Bucket name prefix ([A-Za-z0-9_-]); `_nodes` and `_leases` are appended. */
  bucket: string;
  /** Every home of the fleet. */
  homes: string[];
  ttlMs?: number;
  log: Logger;
}

interface Held {
  revision: number;
  renewedAt: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A KV key for a home id (KV keys allow [-/_=.a-zA-Z0-9]; anything else is =XX-encoded). */
export function leaseKey(home: string): string {
  return [...Buffer.from(home, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9_-]/.test(c) ? c : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** Rendezvous (highest random weight) hashing: the node that should serve a home. */
export function placeHome(home: string, nodes: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = '';
  for (const n of nodes) {
    const score = createHash('sha1').update(n).update('\u0000').update(home).digest('hex');
    if (best === undefined || score > bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}

export class Leases {
  readonly node: string;
  readonly ttlMs: number;
  readonly #opts: LeaseOptions;
  readonly #held = new Map<string, Held>();
  /** Homes being started or stopped (no second transition meanwhile). */
  readonly #busy = new Set<string>();
  /** Live nodes: name → when its last heartbeat was written. */
  readonly #nodes = new Map<string, number>();
  #cb: LeaseCallbacks | null = null;
  #nodesKv: KV | null = null;
  #leasesKv: KV | null = null;
  #timer: NodeJS.Timeout | undefined;
  #beatTimer: NodeJS.Timeout | undefined;
  /** Homes whose claim was refused (another node holds them): not asked again before this time. */
  readonly #refused = new Map<string, number>();
  #ticking = false;
  #stopping = false;

  constructor(opts: LeaseOptions) {
    this.#opts = opts;
    this.node = opts.node;
    this.ttlMs = opts.ttlMs ?? 6000;
  }

  /** How long before its expiry a node stops trusting its own lease. */
  get marginMs(): number {
    return Math.min(1500, this.ttlMs / 4);
  }

  async start(nc: NatsConnection, cb: LeaseCallbacks): Promise<void> {
    this.#cb = cb;
    const js = nc.jetstream();
    this.#nodesKv = await js.views.kv(`${this.#opts.bucket}_nodes`, { ttl: this.ttlMs, history: 1 });
    this.#leasesKv = await js.views.kv(`${this.#opts.bucket}_leases`, { ttl: this.ttlMs, history: 1 });
    await this.#beat();
    const watch = await this.#nodesKv.watch();
    void (async () => {
      for await (const e of watch) this.#seen(e);
    })().catch(() => {});
    // Let the nodes starting together see each other before claiming homes.
    await new Promise((r) => setTimeout(r, Math.min(1500, this.ttlMs / 3)));
    await this.tick();
    this.#timer = setInterval(() => void this.tick(), 500);
    // The heartbeat has its own timer: a long round of renewals never lets it lapse.
    this.#beatTimer = setInterval(() => void this.#beat().catch(() => {}), this.ttlMs / 3);
  }

  #seen(e: KvEntry): void {
    if (e.operation === 'PUT') this.#nodes.set(e.key, e.created.getTime());
    else this.#nodes.delete(e.key);
  }

  /** The live nodes, sorted. */
  liveNodes(now = Date.now()): string[] {
    const live: string[] = [];
    for (const [n, at] of this.#nodes) if (now - at < this.ttlMs || n === this.node) live.push(n);
    if (!this.#stopping && !live.includes(this.node)) live.push(this.node);
    return live.filter((n) => !(this.#stopping && n === this.node)).sort();
  }

  /** Whether this node may serve the home now (its lease is won and not about to expire). */
  holds(home: string, now = Date.now()): boolean {
    const h = this.#held.get(home);
    return h !== undefined && now < h.renewedAt + this.ttlMs - this.marginMs;
  }

  heldHomes(): string[] {
    return [...this.#held.keys()];
  }

  async #beat(): Promise<void> {
    if (this.#stopping) return;
    await this.#nodesKv?.put(this.node, encoder.encode(JSON.stringify({ at: Date.now() })));
  }

  /** One round: heartbeat, renew what is held, hand over what moved, claim what is free. */
  async tick(): Promise<void> {
    if (this.#ticking || this.#stopping || !this.#leasesKv) return;
    this.#ticking = true;
    try {
      const now = Date.now();
      const nodes = this.liveNodes(now);
      // Only renewals are waited for: starting and stopping homes (claims, releases) run on their
      // own (marked busy), so a slow start never delays the renewal of the other leases.
      const renewals: Array<Promise<void>> = [];
      for (const [home, h] of this.#held) {
        if (this.#busy.has(home)) {
          if (now - h.renewedAt >= this.ttlMs / 3) renewals.push(this.#renew(home, h));
          continue;
        }
        if (placeHome(home, nodes) !== this.node) void this.#release(home, 'handover');
        else if (now >= h.renewedAt + this.ttlMs - this.marginMs) void this.#release(home, 'lost');
        else if (now - h.renewedAt >= this.ttlMs / 3) renewals.push(this.#renew(home, h));
      }
      for (const home of this.#opts.homes) {
        if (this.#held.has(home) || this.#busy.has(home)) continue;
        if ((this.#refused.get(home) ?? 0) > now) continue;
        if (placeHome(home, nodes) === this.node) {
          this.#busy.add(home);
          void this.#claim(home).finally(() => this.#busy.delete(home));
        }
      }
      await Promise.all(renewals);
    } finally {
      this.#ticking = false;
    }
  }

  async #renew(home: string, h: Held): Promise<void> {
    const kv = this.#leasesKv;
    if (!kv) return;
    const sent = Date.now();
    try {
      h.revision = await kv.update(leaseKey(home), encoder.encode(this.node), h.revision);
      h.renewedAt = sent;
    } catch (err) {
      // Someone else wrote the lease (it expired and was won elsewhere): stop serving at once.
      if (/wrong last sequence|10071/i.test(String(err))) await this.#release(home, 'lost');
      // Otherwise NATS is unreachable: keep serving until the lease's own deadline (tick checks it).
    }
  }

  async #claim(home: string): Promise<void> {
    const kv = this.#leasesKv;
    if (!kv || !this.#cb) return;
    const sent = Date.now();
    let revision: number;
    try {
      revision = await kv.create(leaseKey(home), encoder.encode(this.node));
    } catch {
      // Held by another node (it will hand it over, or its lease will expire) — or by this node's
      // name: a create whose answer was lost under load, or this node before a quick restart.
      const e = await kv.get(leaseKey(home)).catch(() => null);
      if (e?.operation !== 'PUT' || decoder.decode(e.value) !== this.node) {
        this.#refused.set(home, Date.now() + 1000);
        return;
      }
      revision = e.revision;
    }
    try {
      this.#held.set(home, { revision, renewedAt: sent });
      await this.#cb.acquired(home);
    } catch (err) {
      this.#opts.log.error('fleet: a home failed to start; its lease is released', {
        home,
        err: String(err),
      });
      const h = this.#held.get(home);
      this.#held.delete(home);
      if (h) await kv.delete(leaseKey(home), { previousSeq: h.revision }).catch(() => {});
    }
  }

  async #release(home: string, why: 'handover' | 'lost' | 'stop'): Promise<void> {
    const h = this.#held.get(home);
    if (!h || !this.#cb) return;
    this.#busy.add(home);
    try {
      await this.#cb.released(home, why).catch((err) => {
        this.#opts.log.error('fleet: stopping a home failed', { home, err: String(err) });
      });
      this.#held.delete(home);
      if (why !== 'lost') {
        // The revision of the last renewal (a renewal may have landed while the home stopped).
        await this.#leasesKv?.delete(leaseKey(home), { previousSeq: h.revision }).catch(() => {});
      }
      this.#opts.log.info('fleet: home released', { home, why });
    } finally {
      this.#busy.delete(home);
    }
  }

  /** Graceful stop: leave the membership, hand every home over (release its lease). */
  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    clearInterval(this.#timer);
    clearInterval(this.#beatTimer);
    await this.#nodesKv?.delete(this.node).catch(() => {});
    // Homes still starting finish first (then they are handed over like the others).
    const until = Date.now() + 2000;
    while ((this.#ticking || this.#busy.size > 0) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(this.heldHomes().map((home) => this.#release(home, 'stop')));
  }

  /** Who holds a home's lease now (null: nobody), read from the bucket. */
  async owner(home: string): Promise<string | null> {
    const e = await this.#leasesKv?.get(leaseKey(home));
    return e && e.operation === 'PUT' ? decoder.decode(e.value) : null;
  }
}

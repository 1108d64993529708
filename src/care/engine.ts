/**
 * The findings of one home: detections become findings (one per kind, device and endpoint), are
 * kept across restarts (the store's kv), can be dismissed, and close themselves when the data
 * recover. Every opened or closed finding is published on the bus (`careFinding`).
 */
import type { Bus } from '../bus/types.js';
import type { Store } from '../store/types.js';
import { adviceOf } from './catalog.js';
import { type CareWindow, detectAll } from './detectors.js';
import type { CareHome, Detection, Finding } from './types.js';

const KEY = 'care:findings';
/** Closed findings are kept this long (then forgotten). */
const KEEP_CLOSED_MS = 30 * 86_400_000;

export const findingId = (x: Pick<Detection, 'kind' | 'deviceId' | 'endpoint'>): string =>
  `${x.kind}:${x.deviceId}:${x.endpoint ?? ''}`;

export class CareEngine {
  readonly #home: CareHome;
  readonly #store: Store | null;
  readonly #bus: Bus | null;
  #findings = new Map<string, Finding>();

  constructor(home: CareHome, deps: { store?: Store; bus?: Bus } = {}) {
    this.#home = home;
    this.#store = deps.store ?? null;
    this.#bus = deps.bus ?? null;
  }

  async load(): Promise<void> {
    const raw = await this.#store?.getKv(this.#home.id, KEY);
    if (raw) this.#findings = new Map((JSON.parse(raw) as Finding[]).map((f) => [f.id, f]));
  }

  async #save(): Promise<void> {
    await this.#store?.putKv(this.#home.id, KEY, JSON.stringify([...this.#findings.values()]));
  }

  /** Runs the detectors on a window and updates the findings; returns those that changed state. */
  async evaluate(w: CareWindow): Promise<Finding[]> {
    const changed: Finding[] = [];
    const seen = new Set<string>();
    for (const x of detectAll(w)) {
      const id = findingId(x);
      if (seen.has(id)) continue;
      seen.add(id);
      const prev = this.#findings.get(id);
      const advice = adviceOf(x, this.#home.device(x.deviceId));
      const base = {
        id,
        deviceId: x.deviceId,
        ...(x.endpoint !== undefined ? { endpoint: x.endpoint } : {}),
        kind: x.kind,
        severity: x.severity,
        confidence: Math.round(x.confidence * 100) / 100,
        evidence: x.evidence,
        advice,
        updatedAt: w.now,
      };
      if (prev && prev.state !== 'closed') {
        this.#findings.set(id, { ...prev, ...base, since: Math.min(prev.since, x.since), state: prev.state });
      } else {
        const f: Finding = { ...base, since: x.since, state: 'open' };
        this.#findings.set(id, f);
        changed.push(f);
      }
    }
    for (const [id, f] of this.#findings) {
      if (seen.has(id)) continue;
      if (f.state === 'closed') {
        if (w.now - f.updatedAt > KEEP_CLOSED_MS) this.#findings.delete(id);
        continue;
      }
      const closed: Finding = { ...f, state: 'closed', updatedAt: w.now };
      this.#findings.set(id, closed);
      if (f.state === 'open') changed.push(closed);
    }
    for (const f of changed) this.#bus?.emit('careFinding', { home: this.#home.id, finding: f });
    await this.#save();
    return changed;
  }

  list(opts: { includeClosed?: boolean } = {}): Finding[] {
    return [...this.#findings.values()]
      .filter((f) => opts.includeClosed || f.state !== 'closed')
      .sort((a, b) => b.since - a.since);
  }

  get(id: string): Finding | undefined {
    return this.#findings.get(id);
  }

  /** Dismisses an open finding; it stays dismissed while the problem lasts. */
  async dismiss(id: string, now: number): Promise<Finding | undefined> {
    const f = this.#findings.get(id);
    if (!f) return undefined;
    if (f.state === 'open') {
      const d: Finding = { ...f, state: 'dismissed', updatedAt: now };
      this.#findings.set(id, d);
      await this.#save();
      return d;
    }
    return f;
  }
}

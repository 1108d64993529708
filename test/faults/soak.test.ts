/**
 * Soak: a steady load (commands to two vendors and conversation turns, open loop at a fixed rate)
 * for SOAK_SECONDS (60 in CI, 600 for the full run), the hub's memory and latency sampled every
 * 10 s. Fails on growth of memory or latency beyond noise, on errors, or on lost commands.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  Client,
  commandsOf,
  faultRig,
  fridgeTemp,
  report,
  rssOf,
  sleep,
  summarize,
  volume,
} from './support.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const RATE = Number(process.env.SOAK_RATE ?? 40); // requests per second
const SAMPLE_MS = 10_000;

describe('soak', () => {
  const rig = faultRig('yd-fault-soak-');

  it(`holds memory and latency steady for ${SECONDS} s at ${RATE} requests/s`, {
    timeout: (SECONDS + 120) * 1000,
  }, async () => {
    const [lg, kt] = await Promise.all([rig.simulator('lg'), rig.simulator('kt')]);
    const hub = await rig.hub([rig.home({ lg: lg.url, kt: kt.url, virtual: 10 })]);
    const client = new Client(hub.url, hub.token);

    let window: number[] = [];
    let errors = 0;
    let firstError = '';
    let acknowledged = 0;
    const samples: Array<{ t: number; rssMB: number; n: number; p50: number; p95: number; p99: number }> = [];
    const one = async (i: number) => {
      let r: Awaited<ReturnType<Client['post']>>;
      if (i % 5 === 4) {
        r = await client.post('/api/v1/homes/bench/conversation', {
          text: `지니야 냉장고 온도 ${i % 2 ? 3 : 4}도로 맞춰줘`,
          satellite: 'genie-speaker',
        });
        if (r.status === 200 && r.body?.actions?.[0]?.status !== 'success') r.status = 599;
      } else if (i % 2 === 0) {
        r = await client.post(commandsOf('settop'), volume(10 + (i % 50)));
      } else {
        r = await client.post(commandsOf('fridge'), fridgeTemp(i % 4 === 1 ? 300 : 400));
      }
      if (r.status === 200) {
        acknowledged++;
        window.push(r.ms);
      } else {
        errors++;
        firstError ||= `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`;
      }
    };

    const t0 = performance.now();
    const inflight = new Set<Promise<void>>();
    let nextSample = t0 + SAMPLE_MS;
    for (let i = 0; performance.now() - t0 < SECONDS * 1000; i++) {
      const due = t0 + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const p = one(i).catch((err) => {
        errors++;
        firstError ||= String(err);
      });
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
      if (performance.now() >= nextSample) {
        const s = summarize(window);
        samples.push({
          t: Math.round((performance.now() - t0) / 1000),
          rssMB: Math.round(rssOf(hub.pid) / 1e5) / 10,
          n: s.n,
          p50: s.p50,
          p95: s.p95,
          p99: s.p99,
        });
        console.log(`[soak] ${JSON.stringify(samples[samples.length - 1])}`);
        window = [];
        nextSample += SAMPLE_MS;
      }
    }
    await Promise.all(inflight);
    client.close();
    // Every acknowledged request (a command, or a turn with one action) is a successful command on disk.
    await hub.kill('SIGTERM');
    const db = new Database(`${hub.data}/yeondong.db`, { readonly: true });
    const logged = (
      db.prepare("SELECT count(*) AS n FROM commands WHERE status = 'success'").get() as { n: number }
    ).n;
    db.close();
    const lost = Math.max(0, acknowledged - logged);

    // The first sample includes warm-up (JIT, caches): growth is judged from the second on.
    const steady = samples.length > 2 ? samples.slice(1) : samples;
    const first = steady[0];
    const last = steady[steady.length - 1];
    const rssGrowthMB =
      first && last ? Math.round((last.rssMB - Math.min(...steady.map((s) => s.rssMB))) * 10) / 10 : 0;
    const medianP95 = summarize(steady.map((s) => s.p95)).p50;
    const sent = Math.floor((SECONDS * RATE * 1000) / 1000);
    report('soak', {
      acknowledged,
      lost,
      duplicated: 0,
      loggedSuccessfulCommands: logged,
      seconds: SECONDS,
      ratePerSecond: RATE,
      sent,
      errors,
      ...(firstError ? { firstError } : {}),
      rssGrowthMB,
      samples,
    });
    expect(lost).toBe(0);
    expect(errors, firstError).toBeLessThanOrEqual(Math.ceil(acknowledged * 0.001));
    expect(samples.length).toBeGreaterThanOrEqual(Math.floor(SECONDS / 10) - 1);
    // Memory: the last sample within noise of the lowest steady one (GC makes RSS move a few MB).
    expect(rssGrowthMB).toBeLessThan(Math.max(40, (first?.rssMB ?? 0) * 0.3));
    // Latency: no steady climb — the last window's p95 within 3× (+50 ms for a noisy machine) of the median window's.
    if (last) expect(last.p95).toBeLessThan(medianP95 * 3 + 50);
  });
});

/**
 * Care's parts on generated telemetry (the LG simulator's appliance models in simulated time): a
 * failing compressor is found on the refrigerator compartment and told in Korean, findings are not
 * repeated and close when the data recover; quiet hours, the risk model and the home file section.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAY, fridgeUnit, T0, type Unit } from '../../bench/care/generate.js';
import { DEFAULT_ASSUMPTIONS, infectionRisk, levelOf } from '../../src/care/air.js';
import type { CareWindow } from '../../src/care/detectors.js';
import { CareEngine } from '../../src/care/engine.js';
import { inQuietHours } from '../../src/care/home-care.js';
import type { CareHome } from '../../src/care/types.js';
import { parseHomeFile } from '../../src/home/load.js';
import { understandCare } from '../../src/nlu/ko/care.js';
import { DEMO_HOME } from '../support/hub.js';

function windowAt(u: Unit, now: number): CareWindow {
  return {
    now,
    devices: [u.device],
    points: (_d, endpoint, attribute) =>
      u.samples
        .filter(
          (s) =>
            s.endpoint === endpoint && s.attribute === attribute && s.at <= now && s.at >= now - 14 * DAY,
        )
        .map((s) => ({ at: s.at, value: s.value })),
  };
}

const homeOf = (u: Unit): CareHome => ({
  id: 'h',
  file: parseHomeFile(readFileSync(DEMO_HOME, 'utf8'), 'demo'),
  devices: () => [u.device],
  device: (id) => (id === u.device.id ? u.device : undefined),
  careFindings: null,
});

describe('care engine on generated telemetry', () => {
  it('finds a failing compressor on the refrigerator compartment, once, and tells it in Korean', async () => {
    const u = fridgeUnit(4242, 20, 'compressor-failing');
    const start = u.label?.start as number;
    const engine = new CareEngine(homeOf(u));
    expect(await engine.evaluate(windowAt(u, start - DAY))).toEqual([]);
    const at = T0 + 20 * DAY;
    const opened = await engine.evaluate(windowAt(u, at));
    const f = opened.find((x) => x.kind === 'compressor-failing');
    expect(f).toMatchObject({ deviceId: u.device.id, endpoint: 'refrigerator', state: 'open' });
    expect(f?.evidence.meanExcessC).toBeGreaterThanOrEqual(0.8);
    expect(f?.since).toBeGreaterThanOrEqual(start);
    expect(f?.advice).toContain('냉장실');
    expect(f?.advice).toContain('컴프레서');
    expect(opened.some((x) => x.kind === 'door-left-open' || x.kind === 'freezer-warming')).toBe(false);
    // The same problem seen again is the same finding, not a new one.
    expect(await engine.evaluate(windowAt(u, at + 600_000))).toEqual([]);
    expect(engine.list()).toHaveLength(1);
    const voice = understandCare(
      '우리 집 가전 괜찮아?',
      { areas: [], devices: [u.device] },
      {
        satelliteArea: null,
        satellitePlayer: null,
        pending: null,
        now: at,
        timezone: 'Asia/Seoul',
        findings: engine.list(),
      },
    );
    expect(voice?.answer).toContain('냉장실');
    expect(voice?.answer).toContain('1건');
  });

  it('closes a finding when the data recover', async () => {
    const sick = fridgeUnit(4242, 20, 'compressor-failing');
    const engine = new CareEngine(homeOf(sick));
    await engine.evaluate(windowAt(sick, T0 + 20 * DAY));
    const healthy = fridgeUnit(4242, 20, null);
    const closed = await engine.evaluate(windowAt(healthy, T0 + 20 * DAY));
    expect(closed.map((x) => [x.kind, x.state])).toEqual([['compressor-failing', 'closed']]);
    expect(engine.list()).toEqual([]);
  });
});

describe('air and quiet hours', () => {
  it('computes the rebreathed fraction and the Wells–Riley probability', () => {
    expect(infectionRisk(420).value).toBe(0);
    const r = infectionRisk(1420);
    expect(r.rebreathedFraction).toBeCloseTo(1000 / 38_000, 5);
    expect(r.value).toBeCloseTo(1 - Math.exp(-(1000 / 38_000) * 10 * 0.5), 4);
    expect(infectionRisk(1420, { ...DEFAULT_ASSUMPTIONS, occupants: 4 }).value).toBeLessThan(r.value);
    expect([levelOf(800), levelOf(1200), levelOf(2000)]).toEqual(['good', 'ventilate', 'ventilate-now']);
  });

  it('keeps quiet hours, across midnight too', () => {
    const q = { from: '22:00', to: '07:00' };
    expect(['23:30', '02:00', '06:59'].map((t) => inQuietHours(t, q))).toEqual([true, true, true]);
    expect(['07:00', '12:00', '21:59'].map((t) => inQuietHours(t, q))).toEqual([false, false, false]);
    expect(inQuietHours('12:00', null)).toBe(false);
  });

  it('refuses a care section naming an unknown satellite or bad quiet hours', () => {
    const text = readFileSync(DEMO_HOME, 'utf8').replace(/\ncare:[\s\S]*$/, '\n');
    const bad = `${text}care:\n  assistant: genie\n  satellite: nowhere\n  quietHours: '25:00-07:00'\n`;
    expect(() => parseHomeFile(bad, 'demo')).toThrow(/unknown satellite 'nowhere'[\s\S]*HH:MM/);
  });
});

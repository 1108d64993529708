/**
 * Fault tests drive real processes (the hub and the vendor simulators through the CLI) and record
 * a report per scenario: commands acknowledged, lost and duplicated, in
 * test-results/faults-report.json (merged: each scenario replaces its own entry).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../bench/lib/procs.js';

export * from '../../bench/lib/homes.js';
export * from '../../bench/lib/procs.js';

export const REPORT = join(ROOT, 'test-results', 'faults-report.json');

export interface ScenarioReport {
  acknowledged: number;
  lost: number;
  duplicated: number;
  [detail: string]: unknown;
}

/** Prints one scenario's line and merges it into test-results/faults-report.json. */
export function report(scenario: string, r: ScenarioReport): void {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  let doc: { scenarios: Record<string, unknown> } = { scenarios: {} };
  if (existsSync(REPORT)) {
    try {
      doc = JSON.parse(readFileSync(REPORT, 'utf8'));
    } catch {
      // a broken report is replaced
    }
  }
  doc.scenarios[scenario] = { at: new Date().toISOString(), ...r };
  writeFileSync(REPORT, `${JSON.stringify({ ...doc, updatedAt: new Date().toISOString() }, null, 2)}\n`);
  const { acknowledged, lost, duplicated, ...rest } = r;
  console.log(
    `[faults] ${scenario}: ${acknowledged} acknowledged, ${lost} lost, ${duplicated} duplicated ${JSON.stringify(rest)}`,
  );
}

/** The c2c simulator's read-only counters (GET /__sim/stats). */
export async function c2cExecutions(simUrl: string): Promise<number> {
  const res = await fetch(`${simUrl}/__sim/stats`);
  const body = (await res.json()) as { executions: number };
  return body.executions;
}

/** The set-top box's volume command (c2c setVolume through the Matter LevelControl cluster). */
export const volume = (level: number) => ({
  endpoint: 'speaker',
  cluster: 'LevelControl',
  command: 'MoveToLevel',
  args: { Level: level },
});

export const fridgeTemp = (centi: number) => ({
  endpoint: 'refrigerator',
  cluster: 'TemperatureControl',
  command: 'SetTemperature',
  args: { TargetTemperature: centi },
});

/** The attribute value of a device description. */
export function attr(device: any, endpoint: string, cluster: string, attribute: string): unknown {
  return device?.endpoints?.find((e: any) => e.id === endpoint)?.clusters?.[cluster]?.[attribute];
}

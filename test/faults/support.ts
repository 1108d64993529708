/**
 * Fault tests drive real processes (the hub and the vendor simulators through the CLI) and record
 * a report per scenario: commands acknowledged, lost and duplicated, in
 * test-results/faults-report.json (merged: each scenario replaces its own entry).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { type HomeSpec, homeYaml, SIM_HOME_YAML } from '../../bench/lib/homes.js';
import {
  type Hub,
  type Proc,
  ROOT,
  startHub,
  startSimulator,
  tempDir,
  writeFile,
} from '../../bench/lib/procs.js';

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

/** The bench home's command route of one device. */
export const commandsOf = (device: string) => `/api/v1/homes/bench/devices/${device}/commands`;

/** The set-top box as the c2c simulator holds it (GET /__sim/devices/kt-stb-01). */
export async function settopAtVendor(simUrl: string): Promise<{ volume: number }> {
  return (await (await fetch(`${simUrl}/__sim/devices/kt-stb-01`)).json()) as { volume: number };
}

/**
 * The processes of one scenario, in a folder of its own: vendor simulators (of SIM_HOME_YAML) and
 * hubs, each its own process, all killed (SIGKILL) after the describe block's tests.
 */
export interface FaultRig {
  /** The scenario's folder. */
  dir: string;
  /** Keeps a process started elsewhere, to be killed with the others. */
  keep<P extends Proc>(p: P): P;
  /** `yeondong simulate` for one connection of SIM_HOME_YAML (written once into the folder). */
  simulator(connection: string, port?: number): Promise<Proc>;
  /** Writes a home file of the bench home into the folder. */
  home(spec: HomeSpec, name?: string): string;
  /** `yeondong serve` on the home files; its data in `dir`/data unless given. */
  hub(homes: string[], data?: string): Promise<Hub>;
}

/**
 * A rig in a new temporary folder named after `prefix` (or in `dir`); call it in a describe block,
 * it registers the block's afterAll.
 */
export function faultRig(prefix: string, dir = tempDir(prefix)): FaultRig {
  const procs: Proc[] = [];
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill('SIGKILL')));
  });
  let simHome: string | undefined;
  const keep = <P extends Proc>(p: P): P => {
    procs.push(p);
    return p;
  };
  return {
    dir,
    keep,
    async simulator(connection, port) {
      simHome ??= writeFile(dir, 'sim.yaml', SIM_HOME_YAML);
      return keep(
        await startSimulator({ home: simHome, connection, ...(port !== undefined ? { port } : {}) }),
      );
    },
    home: (spec, name = 'home.yaml') => writeFile(dir, name, homeYaml(spec)),
    async hub(homes, data = join(dir, 'data')) {
      return keep(await startHub({ homes, data }));
    },
  };
}

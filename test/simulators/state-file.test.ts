import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateFile } from '../../src/simulators/state-file.js';

const dir = () => mkdtempSync(join(tmpdir(), 'yd-simstate-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a simulator's state file", () => {
  it('writes the snapshot shortly after a change, once for a burst, atomically', async () => {
    const path = join(dir(), 'nested', 'lg.json');
    let calls = 0;
    const state = { fridge: { temp: 3 } };
    const f = stateFile(path, () => {
      calls++;
      return state;
    });
    expect(f.load()).toBeNull();
    f.changed();
    state.fridge.temp = 4;
    f.changed();
    expect(existsSync(path)).toBe(false);
    await sleep(120);
    expect(calls).toBe(1);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ fridge: { temp: 4 } });
    expect(readdirSync(join(path, '..'))).toEqual(['lg.json']); // no temporary file left
    expect(stateFile(path, () => null).load()).toEqual({ fridge: { temp: 4 } });
  });

  it('flush writes a pending change at once, and nothing when there is none', () => {
    const path = join(dir(), 'kt.json');
    let n = 0;
    const f = stateFile(path, () => ({ n: ++n }));
    f.flush();
    expect(existsSync(path)).toBe(false);
    f.changed();
    f.flush();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ n: 1 });
  });

  it('starts afresh from a corrupt or empty file, and does nothing without a path', () => {
    const d = dir();
    writeFileSync(join(d, 'bad.json'), '{"fridge": {');
    writeFileSync(join(d, 'empty.json'), '');
    expect(stateFile(join(d, 'bad.json'), () => ({})).load()).toBeNull();
    expect(stateFile(join(d, 'empty.json'), () => ({})).load()).toBeNull();
    const none = stateFile(undefined, () => {
      throw new Error('never asked');
    });
    none.changed();
    none.flush();
    expect(none.load()).toBeNull();
  });
});

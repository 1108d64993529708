/**
 * The parsed-home cache in the data folder: reused while the file's text is the same, ignored once
 * it changes, harmless when it cannot be written, and the checks (with their line numbers) still
 * run on cached data. The worker-thread loader of `serve` is exercised through dist/ (its worker is
 * a built file), so `npm run build` comes first.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HomeFileError, loadHomeFile, parseHomeFile } from '../../src/home/load.js';

const DEMO = resolve(import.meta.dirname, '../../fixtures/demo-home.yaml');
const demo = readFileSync(DEMO, 'utf8');

function setup(text = demo) {
  const dir = mkdtempSync(join(tmpdir(), 'yd-home-cache-'));
  const file = join(dir, 'home.yaml');
  writeFileSync(file, text);
  return { dir, file, cacheDir: join(dir, 'data', 'cache') };
}

const problemsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (err) {
    if (err instanceof HomeFileError) return err.problems;
    throw err;
  }
  return [];
};

describe('parsed-home cache', () => {
  it('keeps the parsed file and gives the same home from it while the text is unchanged', () => {
    const { file, cacheDir } = setup();
    const first = loadHomeFile(file, { cacheDir });
    expect(first).toEqual(parseHomeFile(demo, file));
    const [entry] = readdirSync(cacheDir);
    expect(entry).toMatch(/^home-[0-9a-f]{16}\.json$/);
    const cacheFile = join(cacheDir, entry as string);
    // The cached copy is what a second start reads: a change made to it shows.
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    cached.data.home.name = '캐시에서 읽음';
    writeFileSync(cacheFile, JSON.stringify(cached));
    expect(loadHomeFile(file, { cacheDir }).home.name).toBe('캐시에서 읽음');
    // Once the file changes, the cached copy is stale and the file is read again.
    writeFileSync(file, demo.replace('name: 한빛아파트 101동 1203호', 'name: 새 이름'));
    expect(loadHomeFile(file, { cacheDir }).home.name).toBe('새 이름');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).data.home.name).toBe('새 이름');
  });

  it('checks cached data as the file itself, problems still named with their lines', () => {
    const text = demo.replace('area: kitchen }\n  - { id: aircon', 'area: garage }\n  - { id: aircon');
    expect(text).not.toBe(demo);
    const { file, cacheDir } = setup(text);
    const direct = problemsOf(() => parseHomeFile(text, file));
    expect(direct).toEqual([expect.stringMatching(/devices\.0\.area \(line \d+\): unknown area 'garage'/)]);
    expect(problemsOf(() => loadHomeFile(file, { cacheDir }))).toEqual(direct);
    expect(existsSync(cacheDir)).toBe(false); // a refused file is not kept
    // An ${ENV} reference is expanded at every load, never stored expanded.
    const withEnv = demo.replace(
      '    simulate: true\n',
      `    simulate: true\n    token: ${'${'}YD_CACHE_TEST_TOKEN}\n`,
    );
    const s = setup(withEnv);
    process.env.YD_CACHE_TEST_TOKEN = 'first-secret';
    expect(loadHomeFile(s.file, { cacheDir: s.cacheDir }).connections[0]?.token).toBe('first-secret');
    delete process.env.YD_CACHE_TEST_TOKEN;
    const missing = problemsOf(() => loadHomeFile(s.file, { cacheDir: s.cacheDir }));
    expect(missing).toEqual([expect.stringMatching(/YD_CACHE_TEST_TOKEN is not set/)]);
    expect(readFileSync(join(s.cacheDir, readdirSync(s.cacheDir)[0] as string), 'utf8')).not.toContain(
      'first-secret',
    );
  });

  it('loads without the cache when the data folder cannot be written', () => {
    const { dir, file } = setup();
    const data = join(dir, 'ro');
    writeFileSync(data, 'not a folder'); // mkdir under a file fails for every user, root included
    expect(loadHomeFile(file, { cacheDir: join(data, 'cache') }).home.id).toBe('demo');
  });

  it('parses many files in one worker, in order, and names the first bad one (dist/)', async () => {
    const { loadHomeFilesAsync } = (await import(
      resolve(import.meta.dirname, '../../dist/src/home/load-async.js')
    )) as typeof import('../../src/home/load-async.js');
    const { dir, cacheDir } = setup();
    const files = ['a', 'b', 'c'].map((id) => {
      const file = join(dir, `${id}.yaml`);
      writeFileSync(file, demo.replace(/^ {2}id: demo$/m, `  id: ${id}`));
      return file;
    });
    const homes = await loadHomeFilesAsync(files, { cacheDir });
    expect(homes.map((h) => h.home.id)).toEqual(['a', 'b', 'c']);
    expect(homes[1]).toEqual(parseHomeFile(readFileSync(files[1] as string, 'utf8'), files[1]));
    expect(readdirSync(cacheDir)).toHaveLength(3);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'version: 1\nhome: { id: x\n');
    const worse = join(dir, 'worse.yaml');
    writeFileSync(worse, 'version: [\n');
    const err = await loadHomeFilesAsync([files[0] as string, bad, worse], { cacheDir }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ name: 'HomeFileError' }); // dist's class, not src's
    expect((err as Error).message).toMatch(/bad\.yaml: .*\n.*YAML error at line \d+/);
  });

  it('parses in a worker for serve with the same outcome (dist/)', async () => {
    const { loadHomeFileAsync } = (await import(
      resolve(import.meta.dirname, '../../dist/src/home/load-async.js')
    )) as typeof import('../../src/home/load-async.js');
    const { file, cacheDir } = setup();
    expect(await loadHomeFileAsync(file, { cacheDir })).toEqual(parseHomeFile(demo, file));
    expect(await loadHomeFileAsync(file, { cacheDir })).toEqual(parseHomeFile(demo, file));
    const bad = setup('version: 1\nhome: { id: x\n');
    const err = await loadHomeFileAsync(bad.file, { cacheDir: bad.cacheDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/YAML error at line \d+/);
  });
});

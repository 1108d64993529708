/**
 * A fresh clone is enough: no link or path in the project's documents, fixtures, sources or tests
 * reaches outside the repository (the reference folder beside it is for outside tests only), and
 * every relative link in the README and docs/ names a file that exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const OUTSIDE = ['..', 'shared'].join('/');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const scanned = [
  join(root, 'README.md'),
  join(root, 'package.json'),
  ...['docs', 'fixtures', 'src', 'test', 'scripts', 'web'].flatMap((d) =>
    files(join(root, d)).filter((f) => /\.(md|ts|tsx|mjs|json|yaml|txt)$/.test(f)),
  ),
];

describe('the repository stands alone', () => {
  it(`mentions no ${OUTSIDE} folder`, () => {
    const hits = scanned
      .filter((f) => readFileSync(f, 'utf8').includes(OUTSIDE))
      .map((f) => relative(root, f));
    expect(hits).toEqual([]);
  });

  it('has every file its README and docs link to', () => {
    const docs = [join(root, 'README.md'), ...files(join(root, 'docs')).filter((f) => f.endsWith('.md'))];
    const broken: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(doc, 'utf8');
      for (const m of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = m[1] as string;
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(resolve(dirname(doc), target))) broken.push(`${relative(root, doc)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

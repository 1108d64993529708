/**
 * The README and docs/ point at what exists: every `#anchor` of a link matches a heading of the
 * file it names (as GitHub makes anchors), and every `src/…` path they name is in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const docs = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f)),
];

/** Markdown without its fenced code blocks (a `#` line there is no heading). */
const prose = (text: string) => text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to '-', repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*$/gm)) {
    const text = (m[1] as string).replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

describe('links and paths in the README and docs/', () => {
  it('computes anchors as GitHub does', () => {
    expect([...anchors('# Measured (`npm run bench -- --only voice`)\n## A, b & c\n## A, b & c\n')]).toEqual([
      'measured-npm-run-bench------only-voice',
      'a-b--c',
      'a-b--c-1',
    ]);
  });

  it('links only to anchors that exist', () => {
    const broken: string[] = [];
    for (const doc of docs) {
      for (const m of prose(readFileSync(doc, 'utf8')).matchAll(/\]\(([^)#\s]*)#([^)\s]+)\)/g)) {
        const target = m[1] ? resolve(dirname(doc), m[1] as string) : doc;
        if (/^[a-z]+:/.test(m[1] as string) || !target.endsWith('.md') || !existsSync(target)) continue;
        if (!anchors(readFileSync(target, 'utf8')).has(decodeURIComponent(m[2] as string)))
          broken.push(`${relative(root, doc)} → ${m[1]}#${m[2]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('names only src/ paths that exist', () => {
    const missing: string[] = [];
    for (const doc of docs) {
      // A path of the sources, not of the build (dist/src/…) or of the dashboard (web/src/…).
      for (const m of readFileSync(doc, 'utf8').matchAll(/(?<![\w./-])src\/[\w./-]*[\w/]/g)) {
        const path = m[0].replace(/\.js$/, '.ts');
        if (!existsSync(join(root, path))) missing.push(`${relative(root, doc)}: ${m[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

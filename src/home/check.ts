/** The checks the home file loader makes of each value, each failure naming its place in the file. */

import { didYouMean } from '../util/suggest.js';
import { nameProblem } from '../util/text.js';

export type Obj = Record<string, unknown>;
export type Path = (string | number)[];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class Checker {
  readonly problems: string[] = [];
  constructor(private readonly lineOf: (path: Path) => number | undefined) {}

  fail(path: Path, msg: string): void {
    const line = this.lineOf(path);
    this.problems.push(`${path.join('.') || '(top)'}${line ? ` (line ${line})` : ''}: ${msg}`);
  }

  /** Refuses keys of `o` that are not in `known`, suggesting the closest known key. */
  keys(o: Obj, path: Path, known: readonly string[], what = 'key'): string[] {
    const unknown = Object.keys(o).filter((k) => !known.includes(k));
    for (const k of unknown) this.fail([...path, k], `unknown ${what}${didYouMean(k, known)}`);
    return unknown;
  }

  obj(v: unknown, path: Path): Obj | undefined {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Obj;
    this.fail(path, 'must be a mapping');
    return undefined;
  }

  /** A mapping with only the `known` keys; `{}` when it is not a mapping. */
  record(v: unknown, path: Path, known: readonly string[]): Obj {
    const o = this.obj(v, path);
    if (!o) return {};
    this.keys(o, path, known);
    return o;
  }

  list(v: unknown, path: Path, optional = true): unknown[] {
    if (v === undefined || v === null) {
      if (!optional) this.fail(path, 'is required');
      return [];
    }
    if (Array.isArray(v)) return v;
    this.fail(path, 'must be a list');
    return [];
  }

  str(v: unknown, path: Path, opts: { optional?: boolean; id?: boolean } = {}): string | undefined {
    if (v === undefined || v === null) {
      if (!opts.optional) this.fail(path, 'is required');
      return undefined;
    }
    if (typeof v === 'number') v = String(v);
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(path, 'must be a non-empty string');
      return undefined;
    }
    if (opts.id && !ID.test(v)) {
      this.fail(path, `'${v}' is not a valid id (letters, digits, '-', '_', '.'; at most 64)`);
      return undefined;
    }
    return v;
  }

  /** A string people read (a name, an alias, a wake word): no control or bidi characters. */
  name(v: unknown, path: Path, opts: { optional?: boolean } = {}): string | undefined {
    const s = this.str(v, path, opts);
    if (s === undefined) return undefined;
    const problem = nameProblem(s);
    if (problem) {
      this.fail(path, problem);
      return undefined;
    }
    return s;
  }

  strList(v: unknown, path: Path): string[] {
    return this.list(v, path)
      .map((x, i) => this.str(x, [...path, i]))
      .filter((x): x is string => x !== undefined);
  }

  nameList(v: unknown, path: Path): string[] {
    return this.list(v, path)
      .map((x, i) => this.name(x, [...path, i]))
      .filter((x): x is string => x !== undefined);
  }

  unique(ids: Array<string | undefined>, path: Path, what: string, key = 'id'): Set<string> {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (id === undefined) return;
      if (seen.has(id)) this.fail([...path, i, key], `duplicate ${what} ${key} '${id}'`);
      seen.add(id);
    });
    return seen;
  }
}

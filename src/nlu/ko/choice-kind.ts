/**
 * A choice answered by the kind of device (issue #13, fixer fx20): "에어컨과 거실 난방 중 어느 것을
 * 낮출까요?" → "난방" picks the heating. A device word counts only when it narrows the options: "TV"
 * answered to "which TV?" picks nothing.
 */
import type { HomeIndex } from './home.js';
import type { Token } from './parse.js';

export function optionsOfKind(tokens: Token[], options: string[], idx: HomeIndex): string[] {
  const ids = new Set<string>();
  for (const t of tokens)
    for (const x of t.lex)
      if (x.t === 'kind')
        for (const o of options) if ((idx.kinds.get(o) ?? []).some((k) => x.v.kinds.includes(k))) ids.add(o);
  return ids.size < options.length ? [...ids] : [];
}

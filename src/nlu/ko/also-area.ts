/**
 * "불 켜 줘 그리고 안방도", "불 꺼 줘 주방도": a room said with 도 after a request for a kind of device, and
 * nothing else, asks the same of that room too: the request's targets are repeated there.
 */
import { carriesSize, carriesValue, type Frame } from './clause-frame.js';
import { hasLex } from './tokenize.js';

/** Adds `fr`'s rooms to `prev` as copies of its targets; false when `fr` is not such a fragment. */
export function alsoAreas(prev: Frame, fr: Frame): boolean {
  if (fr.targets.length || !fr.areas.length || !prev.targets.length) return false;
  if (!fr.tokens.some((t) => t.text === '도' && hasLex(t, 'and'))) return false;
  if (prev.targets.some((t) => t.devs.length && !t.kind)) return false;
  for (const t of [...prev.targets]) prev.targets.push({ ...t, areas: [...fr.areas], devs: [] });
  return true;
}

/** "불 꺼 줘 주방도": rooms said with 도 at the end of a request's own clause, read as above. */
export function alsoPending(f: Frame, areas: string[]): boolean {
  const last = f.tokens[f.tokens.length - 1];
  if (last?.text !== '도' || f.verb === null) return false;
  return alsoAreas(f, { ...f, targets: [], areas, tokens: [last] });
}

/**
 * "안방 난방 24도로 맞춰 주고 여기도 똑같이 해 줘": a room (여기, a room's name, 다른 방) with 도 and only the
 * weak 해 after it asks nothing of its own: it is the request's room too (fixer fx41, also-room.ts).
 */
export function sameAgain(fr: Frame): boolean {
  if (fr.verb !== 'do' || fr.verbs.some((v) => v !== 'do') || fr.targets.length || fr.numbers.length)
    return false;
  return fr.tokens.some(
    (t, k) =>
      k + 1 < fr.tokens.length &&
      fr.tokens[k + 1]?.text === '도' &&
      t.lex.some((x) => x.t === 'area' || (x.t === 'mod' && (x.v === 'here' || x.v === 'others'))),
  );
}

/** A clause that asks something of its own, not a fragment of the clause before (clauses.ts#mergeClauses). */
export function actsAlone(fr: Frame): boolean {
  if (fr.complaint !== null || carriesValue(fr) || carriesSize(fr) || fr.state !== null) return true;
  return fr.verb !== null && !sameAgain(fr);
}

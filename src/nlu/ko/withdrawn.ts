/**
 * "거실 불 켜 줘, 아니다 됐다", "청소기 돌려… 아 됐다, 그냥 둬": a request called off in the turn that made it
 * leaves the turn asking nothing the home can do, so it is not understood as a request (issue #13: such a
 * turn is `understood: false`, no action, no question), and it is still answered "알겠어요.". A never-mind
 * said alone ("됐어", "아니야", "취소") answers the hub's own question and stays understood.
 */
import type { Understanding } from '../types.js';
import { misWake } from './mis-wake.js';
import { hasLex, type Token } from './tokenize.js';

/** What a called-off request said before its never-mind: a device, a place, a setting or a verb. */
export const REQUEST_PARTS = [
  'verb',
  'kind',
  'dev',
  'area',
  'attr',
  'chan',
  'mode',
  'fan',
  'color',
  'ctemp',
] as const;

export function withdrawnRequest(u: Understanding, tokens: Token[], compact = ''): Understanding {
  if (u.actions.length || u.ask || !u.intents.length) return u;
  if (!u.intents.every((i) => i.intent === 'HassNevermind')) return u;
  if (misWake(compact)) return { ...u, understood: false };
  const first = tokens.findIndex((t) => hasLex(t, 'nev') || hasLex(t, 'corr'));
  if (first <= 0) return u;
  const asked = tokens
    .slice(0, first)
    .some((t) => REQUEST_PARTS.some((k) => hasLex(t, k)) || t.num !== undefined);
  return asked ? { ...u, understood: false } : u;
}

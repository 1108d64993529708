/**
 * Actions asked for later ("세탁기 2시간 뒤에 돌려 줘", "예약해 줘", "7시에 켜 줘", "이따 꺼 줘"): the
 * hub keeps no bookings, so nothing is done now; the reply says so and asks about doing it now.
 */
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { ASK_VERBS, MSG } from './lexicon/replies.js';
import type { Plan } from './plan/types.js';
import { compileAll } from './template.js';

const SAY = compileAll({
  upon: MSG.upon,
  uponPlain: MSG.uponPlain,
  delayed: MSG.delayed,
  delayedPlain: MSG.delayedPlain,
});

/** True when the frame asked for an action later and the plan now answers it. */
export function planDelayed(f: Frame, action: boolean, idx: HomeIndex, plan: Plan): boolean {
  const at = f.numbers.some((n) => n.unit === 'oclock' && n.to);
  if ((f.question && !f.req) || !(f.delay === 'book' || ((f.delay || at) && action))) return false;
  const t = f.targets[0];
  // "끝나면 건조기 돌려" where the home has no dryer: its absence is told instead
  if (
    f.delay === 'upon' &&
    t &&
    !t.devs.length &&
    t.kind &&
    !t.kind.kinds.some((k) => idx.byKind.get(k)?.length)
  )
    return false;
  const id = t?.devs[0];
  const name = (id ? idx.byId.get(id)?.name : undefined) ?? (t?.kind ? t.text : undefined);
  // "돌려": running a cycle, not changing a setting
  const key = f.verb === null || (f.verb === 'set' && f.verbs.includes('start')) ? 'start' : f.verb;
  const verb = ASK_VERBS[key] ?? (ASK_VERBS.start as string);
  plan.understood = true;
  // "나가면 불 끄고 공기청정기 켜 줘": one answer for the actions asked upon one event
  if (f.delay === 'upon' && plan.intents.some((i) => i.intent === 'YdDelayed')) return true;
  plan.intents.push({ intent: 'YdDelayed', slots: {} });
  const upon = f.delay === 'upon';
  // a group ("불 다 꺼") is named by no one device
  const one = name && (t?.devs.length ?? 0) <= 1;
  const say = upon ? (one ? SAY.upon : SAY.uponPlain) : name ? SAY.delayed : SAY.delayedPlain;
  plan.answers.push(say({ n: name ?? '', verb }));
  return true;
}

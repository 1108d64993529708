/**
 * "밖에 미세먼지 어때? 안 좋으면 공기청정기 켜 줘", "이산화탄소 높으면 환기 돌려": a request upon a judgement
 * of a reading (data: lexicon/judged-if.ts) is the person's to make. Nothing is done;
 * what was asked beside it is answered, and the request is asked about now ("공기청정기를 지금 켤까요?").
 */
import type { HomeView, TurnContext, Understanding } from '../types.js';
import { indexHome } from './home.js';
import { JUDGED_ASK, JUDGED_ASK_PLAIN, JUDGED_IFS } from './lexicon/judged-if.js';
import { ASK_VERBS } from './lexicon/replies.js';
import { parse } from './parse.js';
import { compile } from './template.js';

const ASK = compile(JUDGED_ASK);

type Understand = (text: string, home: HomeView, ctx: TurnContext) => Understanding;

const JUDGED = new RegExp(
  `(?:^|\\s)(?:${JUDGED_IFS.map((w) => w.replace(/\s+/g, '\\s*')).join('|')})(?=\\s)`,
);

const SWITCH: Record<string, string> = { HassTurnOn: 'on', HassTurnOff: 'off' };
/** Actions asked back by their own verb ("켤까요", "올릴까요"); a value set is asked back plainly. */
const PLAIN_VERBS = new Set([
  'on',
  'off',
  'open',
  'close',
  'lock',
  'unlock',
  'up',
  'down',
  'start',
  'stop',
  'pause',
  'resume',
]);

/** The turn asked about, when it holds a request upon a judgement; null when it holds none. */
export function judgedIf(
  text: string,
  home: HomeView,
  ctx: TurnContext,
  understand: Understand,
): Understanding | null {
  const m = JUDGED.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length).trim();
  const before = text.slice(0, m.index).trim();
  const r = understand(rest, home, ctx);
  if (!r.understood || r.ask || r.answer || !r.actions.length) return null;
  // switching on or off is said so ("환기 좀 돌려": 켤까요), else the clause's own verb
  const verb =
    r.intents.map((i) => SWITCH[i.intent]).find((v) => v) ??
    parse(rest, indexHome(home).dyn).frames.find((f) => f.verb && PLAIN_VERBS.has(f.verb))?.verb;
  const names = [...new Set(r.actions.map((a) => home.devices.find((d) => d.id === a.deviceId)?.name ?? ''))];
  // a value to set, or several devices: "지금 그렇게 할까요?"
  const ask =
    verb && names.length === 1 && names[0]
      ? ASK({ n: names[0], verb: ASK_VERBS[verb] as string })
      : JUDGED_ASK_PLAIN;
  // what was asked before the condition ("미세먼지 어때?") is answered
  const q = before ? understand(before, home, ctx) : null;
  const told = q?.understood && !q.actions.length && !q.ask && q.answer && !/\?$/.test(q.answer.trim());
  return {
    understood: true,
    intents: [...(told && q ? q.intents : []), { intent: 'YdDelayed', slots: {} }],
    actions: [],
    answer: told && q ? `${q.answer} ${ask}` : ask,
  };
}

/**
 * The Korean understanding engine against the hub's home view: frames from parse.ts are
 * resolved to devices and endpoints (names, aliases, areas, device words, the satellite's area)
 * and turned into Matter commands, questions ("어느 TV요?") or answers.
 */
import type { HomeView, TurnContext, Understanding } from '../types.js';
import { isPending, type PendingChoice, pickOption } from './choice.js';
import { planFrame } from './frame.js';
import { type HomeIndex, indexHome } from './home.js';
import { ASK_VERBS, MSG } from './lexicon/replies.js';
import { type Frame, parse } from './parse.js';
import type { Plan } from './plan/types.js';
import { MAX_INPUT, withJosa } from './text.js';

export type { PendingChoice } from './choice.js';
export { endpointLabel } from './device.js';
export { type HomeIndex, indexHome } from './home.js';

// ---------------------------------------------------------------------------------------------
// The engine

const NOT_UNDERSTOOD: Understanding = {
  understood: false,
  intents: [],
  actions: [],
  answer: MSG.notUnderstood,
};

function notUnderstood(): Understanding {
  return { ...NOT_UNDERSTOOD, intents: [], actions: [] };
}

export function understandKo(text: string, home: HomeView, ctx: TurnContext): Understanding {
  try {
    if (typeof text !== 'string' || text.length > MAX_INPUT) return notUnderstood();
    const idx = indexHome(home);
    if (isPending(ctx.pending)) {
      const chosen = pickOption(text, ctx.pending, idx);
      if (chosen) return run(ctx.pending.text, home, idx, ctx, { frame: ctx.pending.frame, ids: chosen });
    }
    return run(text, home, idx, ctx, null);
  } catch {
    return notUnderstood();
  }
}

function run(
  text: string,
  home: HomeView,
  idx: HomeIndex,
  ctx: TurnContext,
  forced: { frame: number; ids: string[] } | null,
): Understanding {
  const p = parse(text, idx.dyn);
  if (p.tokens.length === 0) return notUnderstood();
  // mostly words the lexicon does not know: not a home command
  const len = p.norm.compact.length;
  if (p.unknownChars >= 3 && p.unknownChars / len > 0.4) return notUnderstood();
  const plan: Plan = { actions: [], answers: [], intents: [], understood: false };
  for (let fi = 0; fi < p.frames.length; fi++) {
    const f = p.frames[fi] as Frame;
    planFrame(
      f,
      fi,
      p.frames.length,
      home,
      idx,
      ctx,
      plan,
      forced && forced.frame === fi ? forced.ids : null,
    );
    if (plan.ask) {
      const opts = plan.ask.options;
      const labels = opts.map((d) => d.name);
      const joined =
        labels.length === 2 ? `${withJosa(labels[0] as string, '와/과')} ${labels[1]}` : labels.join(', ');
      const verbPhrase = plan.ask.verb ? ASK_VERBS[plan.ask.verb] : undefined;
      const q = verbPhrase
        ? MSG.askWhich.replace('{options}', joined).replace('{verb}', verbPhrase)
        : MSG.askWhichPlain.replace('{options}', joined);
      const pending: PendingChoice = { text, frame: fi, options: opts.map((d) => d.id) };
      return {
        understood: true,
        intents: plan.intents,
        actions: [],
        ask: { kind: 'choice', text: q, options: opts.map((d) => ({ id: d.id, label: d.name })), pending },
      };
    }
  }
  if (!plan.understood) return notUnderstood();
  const u: Understanding = { understood: true, intents: plan.intents, actions: plan.actions };
  if (plan.answers.length) u.answer = plan.answers.join(' ');
  return u;
}

/** A turn that names a device but not what to do with it ("주방 조명 좀"): asked how, not guessed. */
import type { Understanding } from '../types.js';
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { MSG } from './lexicon/replies.js';
import { ROOM_HOW } from './lexicon/rule-words.js';
import { KINDS } from './lexicon/words.js';
import { whatToAct } from './partly-verb.js';
import { compile } from './template.js';
import { hasRequest } from './turn.js';

const HOW_TO = compile(MSG.howTo);
const HOW = new RegExp(`^(?:${ROOM_HOW.join('|')})`);

const NOT_UNDERSTOOD: Understanding = {
  understood: false,
  intents: [],
  actions: [],
  answer: MSG.notUnderstood,
};

export function notUnderstood(chat = false): Understanding {
  return { ...NOT_UNDERSTOOD, intents: [], actions: [], ...(chat ? { answer: MSG.chitchat } : {}) };
}

/** The first target of a frame named and asked how ("주방 조명을 어떻게 할까요?"), or null. */
export function howToTarget(f: Frame, idx: HomeIndex): Understanding | null {
  for (const t of f.targets) {
    const d = t.devs.length === 1 ? idx.byId.get(t.devs[0] as string) : undefined;
    let label = d?.name;
    if (!label && t.kind) {
      const area = t.areas[0] ? idx.areaName.get(t.areas[0]) : undefined;
      const words = KINDS.find(([, k]) => k === t.kind)?.[0] ?? [];
      const word = words.find((w) => /[\uac00-\ud7a3]/.test(w)) ?? t.text;
      label = area ? `${area} ${word}` : word;
    }
    if (label)
      return {
        understood: true,
        intents: [],
        actions: [],
        answer: HOW_TO({ n: label }),
      };
  }
  return null;
}

/** A turn that names a device but not what to do with it: "주방 조명을 어떻게 할까요?" */
export function partly(frames: Frame[], idx: HomeIndex, unknownShare: number, chat: boolean): Understanding {
  if (chat || unknownShare > 0.5) return notUnderstood(chat);
  for (const f of frames) {
    if (f.question || hasRequest(f)) continue;
    // a request with its action missing ("주방 불 좀", "에어컨 어떻게 해 봐"), not a remark about a device
    const asking =
      f.req ||
      f.verb === 'do' ||
      f.mods.has('little') ||
      f.tokens.some((t) => t.lex.some((x) => x.t === 'end' || x.t === 'filler')) ||
      unknownShare < 0.2;
    if (!asking) continue;
    const asked = howToTarget(f, idx);
    if (asked) return asked;
    // "거실 좀 어떻게 해 봐": a room and no device asks what to do there
    const room = f.areas[0] ? idx.areaName.get(f.areas[0]) : undefined;
    // ("서재 좀 부탁해", "안방 좀 해 줘": the room asked for with the plain verb of doing or 부탁, the same)
    // ("베란다 쪽 좀 손 좀 봐 줘": or with a request ending after a verb the lexicon does not know)
    const how =
      f.verb === 'do' ||
      f.tokens.some((t) => HOW.test(t.text) || (f.verb === null && t.lex.some((x) => x.t === 'end')));
    if (room && !f.targets.length && how)
      return { understood: true, intents: [], actions: [], answer: MSG.howToRoom.replace('{area}', room) };
  }
  return whatToAct(frames, unknownShare) ?? notUnderstood();
}

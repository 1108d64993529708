/**
 * "세탁 끝나면 알려 줘", "빨래 다 돌면 얘기해 줄래?": being told when a device's cycle ends is asked upon an
 * event to come. The engine cannot wait for it (upon.ts), so it says so and offers the device's state now,
 * a question back, never "잘 못 알아들었어요" and never the state as if it had been asked.
 */
import type { Understanding } from '../types.js';
import type { Frame } from './clause-frame.js';
import type { HomeIndex } from './home.js';
import { EVENT_IFS } from './lexicon/everyday.js';
import { MSG } from './lexicon/replies.js';
import { NOTIFY_WORDS } from './lexicon/unknown-verb.js';
import { compactForm } from './text.js';

const IFS = EVENT_IFS.map(compactForm).sort((a, b) => b.length - a.length);
const NOTIFY = NOTIFY_WORDS.map(compactForm);
const NOTIFY_RE = new RegExp(NOTIFY.join('|'));

export function notifyUpon(frames: Frame[], compact: string, idx: HomeIndex): Understanding | null {
  if (!NOTIFY_RE.test(compact)) return null;
  // the condition, then (a word or two at most, "바로", "나한테") the word of telling
  let end = -1;
  for (const w of IFS) {
    const at = compact.lastIndexOf(w);
    if (at < 0) continue;
    const rest = compact.slice(at + w.length);
    const tell = NOTIFY.map((n) => rest.indexOf(n)).filter((i) => i >= 0 && i <= 5);
    if (tell.length) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  // the device whose cycle ends, named before the condition, or the robot vacuum of "청소 끝나면"
  const before = frames.flatMap((f) => f.targets.filter(() => (f.tokens[0]?.start ?? end) < end));
  const ids = new Set(
    before.flatMap((t) =>
      t.devs.length
        ? t.devs
        : (t.kind?.kinds.flatMap((k) => idx.byKind.get(k)?.map((d) => d.id) ?? []) ?? []),
    ),
  );
  if (!ids.size && frames.some((f) => f.verb === 'clean' && (f.tokens[0]?.start ?? end) < end))
    for (const d of idx.byKind.get('vacuum') ?? []) ids.add(d.id);
  const d = ids.size === 1 ? idx.byId.get([...ids][0] as string) : undefined;
  if (!d) return null;
  return { understood: true, intents: [], actions: [], answer: MSG.uponNotify.replace('{n}', d.name) };
}

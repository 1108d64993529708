/**
 * Routines spoken in Korean: "매일 아침 7시에 거실 불 켜줘", "현관문이 열리면 현관 불 켜 줘",
 * "세탁 끝나면 거실 TV에 알려줘" (create), "아침 루틴 꺼줘" (switch off), "무슨 루틴 있어?" (list),
 * and the answer to "이 루틴을 만들까요?". This module only reads the words; what the action part
 * means ("거실 불 켜줘") is the engine's usual understanding, and the hub builds the routine.
 */
import type { HomeView } from '../types.js';
import {
  ANNOUNCE_PARTICLES,
  ANNOUNCE_VERBS,
  DAY_NAMES,
  DAY_PARTS,
  DOING_WORDS,
  ROUTINE_GRAMMAR as G,
  HOUR_WORDS,
  LIST_PATTERNS,
  MANAGE_VERBS,
  MIDNIGHT_PARTS,
  NO_WORDS,
  PHRASE_SUFFIXES,
  RECURRENCE,
  WHEN_VERBS,
  YES_WORDS,
} from './lexicon/routines.js';
import { parseKoreanNumber } from './numbers.js';
import { type MeasureWhen, parseWhenMeasure } from './routine-measures.js';
import { compactForm } from './text.js';

const AT = G.atMarks.join('|');
const WEEKLY = new RegExp(`^${G.weekly}\\s*([${G.dayLetters}])${G.dayWord}(?:${AT})?\\s*`);
const CLOCK_AT = new RegExp(
  `^(\\S+?)\\s*${G.hour}\\s*(?:(${G.half})|(\\S+?)\\s*${G.minute})?\\s*(${AT})\\s*(.+)$`,
);
const ROUTINE = new RegExp(G.routine);
const ROUTINE_NAMED = new RegExp(`^(.+?)\\s*${G.routine}\\s*(?:${G.routineMarks.join('|')})?\\s*(.+)$`);

export type SpokenWhen =
  | { kind: 'time'; hh: number; mm: number; weekdays?: string[] }
  | { kind: 'device'; device: string; state: string }
  | MeasureWhen;

export type SpokenRoutine =
  | { kind: 'create'; when: SpokenWhen; action: { announce: { target: string | null } } | { text: string } }
  | { kind: 'list' }
  | { kind: 'manage'; verb: 'disable' | 'enable' | 'delete' | 'run'; name: string };

const clean = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[.,!?~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The device a phrase names: by its name or alias (the longest), else by what it does ("세탁"). */
export function deviceNamed(phrase: string, home: HomeView): string | null {
  const c = compactForm(phrase);
  if (!c) return null;
  let best: { id: string; len: number } | null = null;
  for (const d of home.devices) {
    for (const n of [d.name, ...(d.aliases ?? [])]) {
      const nc = compactForm(n);
      if (nc && c.includes(nc) && (!best || nc.length > best.len)) best = { id: d.id, len: nc.length };
    }
  }
  if (best) return best.id;
  for (const [word, type] of DOING_WORDS) {
    if (!c.includes(word)) continue;
    const d = home.devices.find((x) => x.deviceType === type);
    if (d) return d.id;
  }
  return null;
}

function parseWhenTime(s: string): { when: SpokenWhen; rest: string } | null {
  let t = s;
  let weekdays: string[] | undefined;
  let recurring = false;
  const weekly = WEEKLY.exec(t);
  if (weekly) {
    weekdays = [DAY_NAMES[weekly[1] as string] as string];
    recurring = true;
    t = t.slice(weekly[0].length);
  } else {
    for (const [word, days] of RECURRENCE) {
      if (t.startsWith(word)) {
        weekdays = days;
        recurring = true;
        t = t.slice(word.length).trimStart();
        break;
      }
    }
  }
  let part: 'am' | 'pm' | null = null;
  let partWord = '';
  for (const [word, p] of DAY_PARTS) {
    if (t.startsWith(word)) {
      part = p;
      partWord = word;
      t = t.slice(word.length).trimStart();
      break;
    }
  }
  const m = CLOCK_AT.exec(t);
  if (!m) return null;
  if (m[4] === G.every) recurring = true;
  if (!recurring) return null;
  let hh = HOUR_WORDS[m[1] as string] ?? parseKoreanNumber(m[1] as string);
  const mm = m[2] ? 30 : m[3] ? parseKoreanNumber(m[3]) : 0;
  if (hh === null || mm === null || !Number.isInteger(hh) || !Number.isInteger(mm)) return null;
  if (hh < 0 || hh > 24 || mm < 0 || mm > 59) return null;
  if (part === 'pm' && hh < 12) hh += 12;
  if (((part === 'am' || MIDNIGHT_PARTS.includes(partWord)) && hh === 12) || hh === 24) hh = 0;
  return {
    when: { kind: 'time', hh, mm, ...(weekdays ? { weekdays } : {}) },
    rest: (m[5] as string).trim(),
  };
}

function parseWhenDevice(s: string, home: HomeView): { when: SpokenWhen; rest: string } | null {
  for (const [verb, state] of WHEN_VERBS) {
    const i = s.indexOf(` ${verb}`) >= 0 ? s.indexOf(` ${verb}`) + 1 : s.indexOf(verb);
    if (i <= 0) continue;
    const subject = s.slice(0, i).trim();
    const rest = s.slice(i + verb.length).trim();
    if (!rest) continue;
    const device = deviceNamed(subject, home);
    if (!device) continue;
    return { when: { kind: 'device', device, state }, rest };
  }
  return null;
}

function parseAction(rest: string): { announce: { target: string | null } } | { text: string } {
  for (const verb of ANNOUNCE_VERBS) {
    if (!rest.endsWith(verb)) continue;
    let target = rest.slice(0, rest.length - verb.length).trim();
    for (const p of ANNOUNCE_PARTICLES) {
      if (target.endsWith(p)) {
        target = target.slice(0, target.length - p.length).trim();
        break;
      }
    }
    return { announce: { target: target || null } };
  }
  return { text: rest };
}

/** A routine request, or null when the utterance is not about routines. */
export function parseSpokenRoutine(text: string, home: HomeView): SpokenRoutine | null {
  const s = clean(text);
  if (!s) return null;
  if (ROUTINE.test(s)) {
    if (LIST_PATTERNS.some((p) => p.test(s))) return { kind: 'list' };
    const m = ROUTINE_NAMED.exec(s);
    if (m) {
      const verbPart = m[2] as string;
      for (const [verb, kind] of MANAGE_VERBS) {
        if (verbPart.startsWith(verb)) return { kind: 'manage', verb: kind, name: (m[1] as string).trim() };
      }
    }
    return null;
  }
  const when = parseWhenTime(s) ?? parseWhenMeasure(text, home) ?? parseWhenDevice(s, home);
  if (!when) return null;
  return { kind: 'create', when: when.when, action: parseAction(when.rest) };
}

const startsWithAny = (c: string, words: string[]) => words.some((w) => c.startsWith(compactForm(w)));

/** The answer to a yes/no question: yes, no, or null (something else). */
export function parseYesNo(text: string): 'yes' | 'no' | null {
  const c = compactForm(text);
  if (!c) return null;
  if (startsWithAny(c, NO_WORDS)) return 'no';
  if (startsWithAny(c, YES_WORDS)) return 'yes';
  return null;
}

/** Whether an utterance is a routine's phrase ("외출 모드", "외출 모드 실행해줘"). */
export function saysPhrase(text: string, phrase: string): boolean {
  const c = compactForm(text);
  const p = compactForm(phrase);
  return p.length > 0 && PHRASE_SUFFIXES.some((s) => c === p + compactForm(s));
}

/** Whether a routine's name answers to what someone called it ("아침" for "매일 아침 7시에 …"). */
export function nameMatches(name: string, said: string): boolean {
  const n = compactForm(name);
  const s = compactForm(said);
  return s.length > 0 && (n === s || n.includes(s));
}

/**
 * `yeondong nlu --ha`: the engine speaking Home Assistant intent and slot names, one JSON line in,
 * one JSON line out (see scripts/score-ha-ko.mjs). The home is the line's entities and areas.
 */
import { createInterface } from 'node:readline';
import { MARKS } from './lexicon/marks.js';
import type { KindWord } from './lexicon/words.js';
import {
  type DynamicLexicon,
  type Frame,
  type Lex,
  type Parsed,
  parse,
  spanText,
  type Token,
} from './parse.js';
import { nameVariants, Trie } from './text.js';

const OBJECT_END = new RegExp(`\\s*(${MARKS.object.join('|')})$`);

export interface HaEntity {
  name: string;
  domain: string;
  area?: string | null;
  attributes?: Record<string, unknown>;
  state?: string;
}

export interface HaRequest {
  sentence: string;
  entities?: HaEntity[];
  areas?: string[];
  floors?: string[];
  contextArea?: string | null;
}

export interface HaAnswer {
  intent: string | null;
  slots: Record<string, unknown>;
}

interface HaHome {
  dyn: DynamicLexicon;
  byName: Map<string, HaEntity[]>;
  /** Names that read as an area plus a device word ("거실 팬"), for group commands. */
  composite: Map<string, { area: string; kind: KindWord }>;
}

const KIND_DOMAIN: Record<string, string> = {
  light: 'light',
  fan: 'fan',
  ventilator: 'fan',
  switch: 'switch',
  plug: 'switch',
  lock: 'lock',
  cover: 'cover',
  tv: 'media_player',
  speaker: 'media_player',
  heating: 'climate',
  climate: 'climate',
  aircon: 'climate',
  vacuum: 'vacuum',
  sensor: 'sensor',
};

/** Device words that name a group when said with an area ("거실 불" = the lights of the living room). */
const GROUP_KINDS = new Set(['light', 'fan', 'switch']);

const cache = new Map<string, HaHome>();

function homeFor(entities: HaEntity[], areas: string[]): HaHome {
  const key = JSON.stringify([entities.map((e) => [e.name, e.domain, e.area ?? null]), areas]);
  const hit = cache.get(key);
  if (hit) return hit;
  const trie = new Trie<Lex>();
  const areaTrie = new Trie<Lex>();
  const byName = new Map<string, HaEntity[]>();
  const composite = new Map<string, { area: string; kind: KindWord }>();
  for (const a of areas) {
    if (typeof a !== 'string') continue;
    const lex: Lex = { t: 'area', v: a };
    for (const v of nameVariants(a)) {
      trie.add(v, lex);
      areaTrie.add(v, lex);
    }
  }
  for (const e of entities) {
    if (!e || typeof e.name !== 'string' || composite.has(e.name)) continue;
    const toks = parse(e.name, { trie: areaTrie }).tokens;
    const a = toks[0]?.lex.find((x) => x.t === 'area');
    const k = toks[1]?.lex.find((x) => x.t === 'kind');
    if (toks.length === 2 && a?.t === 'area' && k?.t === 'kind' && GROUP_KINDS.has(k.v.kinds[0] as string))
      composite.set(e.name, { area: a.v, kind: k.v });
  }
  for (const e of entities) {
    if (!e || typeof e.name !== 'string') continue;
    const list = byName.get(e.name) ?? [];
    list.push(e);
    byName.set(e.name, list);
    const lex: Lex = { t: 'dev', v: e.name };
    for (const v of nameVariants(e.name)) trie.add(v, lex);
  }
  const home: HaHome = { dyn: { trie }, byName, composite };
  if (cache.size > 64) cache.clear();
  cache.set(key, home);
  return home;
}

const NONE: HaAnswer = { intent: null, slots: {} };

function durationSlots(f: Frame, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of f.numbers) {
    if (n.unit === 'hour') out[`${prefix}hours`] = n.value;
    else if (n.unit === 'min') out[`${prefix}minutes`] = n.value;
    else if (n.unit === 'sec') out[`${prefix}seconds`] = n.value;
  }
  return out;
}

const hasTimeNumber = (f: Frame): boolean =>
  f.numbers.some((n) => n.unit === 'hour' || n.unit === 'min' || n.unit === 'sec');

function targetSlots(f: Frame, home: HaHome, opts: { group?: boolean } = {}): Record<string, unknown> {
  const slots: Record<string, unknown> = {};
  const named = f.targets.find((t) => t.devs.length > 0);
  let area = named?.areas[0] ?? f.targets.find((t) => t.areas.length)?.areas[0] ?? f.areas[0];
  let kind: KindWord | null = f.targets.find((t) => t.kind)?.kind ?? null;
  if (named) {
    // "거실 팬 꺼": in a command, a name that reads as area + device word means the group
    const comp = opts.group ? home.composite.get(named.devs[0] as string) : undefined;
    if (!comp) {
      slots.name = named.devs[0];
      if (area) slots.area = area;
      return slots;
    }
    area = area ?? comp.area;
    kind = comp.kind;
  }
  if (area) slots.area = area;
  const kinded = kind ? { kind } : undefined;
  if (kinded?.kind) {
    const domain = KIND_DOMAIN[kinded.kind.kinds[0] as string];
    if (domain) slots.domain = domain;
    if (domain === 'cover' && kinded.kind.cls) slots.device_class = kinded.kind.cls;
  }
  return slots;
}

function tokenWithVerb(tokens: Token[], verbs: string[]): Token | undefined {
  return tokens.find((t) => t.lex.some((x) => x.t === 'verb' && verbs.includes(x.v)));
}

function shoppingItem(p: Parsed, f: Frame): string | null {
  const list = f.tokens.find((t) => t.lex.some((x) => x.t === 'attr' && x.v === 'list'));
  const add = tokenWithVerb(f.tokens, ['add']);
  if (!list || !add || add.start <= list.end) return null;
  let start = list.end;
  for (const t of f.tokens) if (t.start === start && t.lex.some((x) => x.t === 'part')) start = t.end;
  let item = spanText(p.norm, start, add.start);
  item = item.replace(OBJECT_END, '').trim();
  return item || null;
}

/** One sentence → Home Assistant intent and slots. */
export function understandHa(req: HaRequest): HaAnswer {
  if (!req || typeof req.sentence !== 'string') return NONE;
  const home = homeFor(
    Array.isArray(req.entities) ? req.entities : [],
    Array.isArray(req.areas) ? req.areas : [],
  );
  const p = parse(req.sentence, home.dyn);
  const f = p.frames[0];
  if (!f || f.tokens.length === 0) return NONE;
  const verb = f.verb;
  const attrs = new Set(f.attrs);
  const verbs = new Set(f.verbs);
  const named = f.targets.find((t) => t.devs.length > 0);
  const namedEnt = named ? home.byName.get(named.devs[0] as string)?.[0] : undefined;
  const noTarget = f.targets.length === 0;

  if (f.nev && noTarget && attrs.size === 0 && !verbs.has('cancel'))
    return { intent: 'HassNevermind', slots: {} };
  if (f.nev && noTarget && attrs.size === 0 && f.tokens.length === 1)
    return { intent: 'HassNevermind', slots: {} };

  if (attrs.has('timer')) {
    if (verbs.has('cancel')) {
      if (f.mods.has('all')) return { intent: 'HassCancelAllTimers', slots: {} };
      return { intent: 'HassCancelTimer', slots: durationSlots(f, 'start_') };
    }
    if (verbs.has('resume')) return { intent: 'HassUnpauseTimer', slots: {} };
    if (verbs.has('pause') || verbs.has('stop')) return { intent: 'HassPauseTimer', slots: {} };
    if (attrs.has('remaining') || attrs.has('state') || f.question)
      return { intent: 'HassTimerStatus', slots: {} };
    if (hasTimeNumber(f)) return { intent: 'HassStartTimer', slots: durationSlots(f, '') };
    return { intent: 'HassTimerStatus', slots: {} };
  }
  if (attrs.has('remaining') && noTarget) return { intent: 'HassTimerStatus', slots: {} };
  if (attrs.has('list') && verbs.has('add')) {
    const item = shoppingItem(p, f);
    if (item) return { intent: 'HassShoppingListAddItem', slots: { item } };
  }
  if (attrs.has('weather')) {
    const slots: Record<string, unknown> = {};
    if (named && namedEnt?.domain === 'weather') slots.name = named.devs[0];
    return { intent: 'HassGetWeather', slots };
  }
  if (attrs.has('date') && !named) return { intent: 'HassGetCurrentDate', slots: {} };
  if (attrs.has('time') && !named && f.numbers.length === 0)
    return { intent: 'HassGetCurrentTime', slots: {} };

  const area = f.targets.find((t) => t.areas.length)?.areas[0] ?? f.areas[0];
  if (
    verbs.has('clean') ||
    (f.targets.some((t) => t.kind?.kinds.includes('vacuum')) &&
      (f.mods.has('here') || area) &&
      (verbs.has('start') || verbs.has('set')))
  ) {
    if (!namedEnt || namedEnt.domain === 'vacuum')
      return { intent: 'HassVacuumCleanArea', slots: area ? { area } : {} };
  }

  // media
  const mediaTarget =
    attrs.has('media') ||
    namedEnt?.domain === 'media_player' ||
    (noTarget && !attrs.size && f.numbers.length === 0);
  if (verbs.has('next') && (mediaTarget || attrs.has('media')))
    return { intent: 'HassMediaNext', slots: mediaSlots(f, home) };
  if (mediaTarget && (verbs.has('resume') || (f.mods.has('again') && verbs.has('play'))))
    return { intent: 'HassMediaUnpause', slots: mediaSlots(f, home) };
  if (mediaTarget && (verbs.has('pause') || (attrs.has('media') && verbs.has('stop'))))
    return { intent: 'HassMediaPause', slots: mediaSlots(f, home) };

  // lights
  const brightness = lightBrightness(f);
  const kelvin = f.ctemp ?? (attrs.has('colortemp') ? (f.numbers[0]?.value ?? null) : null);
  const lightish =
    !namedEnt || namedEnt.domain === 'light'
      ? brightness !== null || f.color !== null || kelvin !== null
      : false;
  if (lightish && !attrs.has('temperature')) {
    const slots = targetSlots(f, home);
    if (!slots.name) slots.domain = 'light';
    if (kelvin !== null) slots.temperature = kelvin;
    else if (f.color) slots.color = f.color;
    else if (brightness !== null) slots.brightness = brightness;
    return { intent: 'HassLightSet', slots };
  }

  // climate
  if (attrs.has('temperature') || attrs.has('setpoint') || verbs.has('hot')) {
    const n = f.numbers.find((x) => x.unit === 'deg' || x.unit === null);
    const slots: Record<string, unknown> = {};
    if (named && (!namedEnt || namedEnt.domain === 'climate')) slots.name = named.devs[0];
    if (area) slots.area = area;
    if (n && !f.question && (verb === 'set' || verb === 'do' || verb === 'up' || verb === 'down' || n.to)) {
      slots.temperature = n.value;
      return { intent: 'HassClimateSetTemperature', slots };
    }
    if (!named || namedEnt?.domain === 'climate') return { intent: 'HassClimateGetTemperature', slots };
  }

  // state questions
  const stateQ = f.state !== null || attrs.has('state') || (named && f.question && !isAction(verb));
  if (stateQ && !isAction(verb)) {
    const slots: Record<string, unknown> = {};
    if (named && namedEnt) {
      slots.name = named.devs[0];
      if (named.areas[0]) slots.area = named.areas[0];
      if (f.state)
        slots.state = namedEnt.domain === 'binary_sensor' ? 'on' : haState(f.state, namedEnt.domain);
      return { intent: 'HassGetState', slots };
    }
    Object.assign(slots, targetSlots(f, home));
    if (f.state) {
      const domain = (slots.domain as string | undefined) ?? 'light';
      slots.state = haState(f.state, domain);
    }
    return { intent: 'HassGetState', slots };
  }

  // power, covers, locks, scenes
  const on =
    verbs.has('on') || verbs.has('open') || verbs.has('lock') || verbs.has('start') || verbs.has('play');
  const off = verbs.has('off') || verbs.has('close') || verbs.has('unlock') || verbs.has('stop');
  if (
    (on || off) &&
    (f.targets.length > 0 || f.mods.has('here') || f.mods.has('all') || attrs.has('power'))
  ) {
    const intent = firstOf(f, on, off);
    const slots = targetSlots(f, home, { group: true });
    if (!slots.name && !slots.domain) slots.domain = 'light';
    return { intent, slots };
  }
  return NONE;
}

function isAction(v: string | null): boolean {
  return v !== null && v !== 'query' && v !== 'do' && v !== 'hot';
}

function firstOf(f: Frame, on: boolean, off: boolean): string {
  if (on && !off) return 'HassTurnOn';
  if (off && !on) return 'HassTurnOff';
  const onSet = new Set(['on', 'open', 'lock', 'start', 'play']);
  for (const v of f.verbs) {
    if (onSet.has(v)) return 'HassTurnOn';
    if (['off', 'close', 'unlock', 'stop'].includes(v)) return 'HassTurnOff';
  }
  return 'HassTurnOn';
}

function haState(state: string, domain: string): string {
  if (domain === 'lock')
    return state === 'open' || state === 'unlocked' ? 'unlocked' : state === 'locked' ? 'locked' : state;
  if (domain === 'cover') return state === 'on' ? 'open' : state === 'off' ? 'closed' : state;
  if (state === 'open' || state === 'active') return 'on';
  if (state === 'closed') return 'off';
  return state;
}

function mediaSlots(f: Frame, home: HaHome): Record<string, unknown> {
  const named = f.targets.find((t) => t.devs.length > 0);
  if (named) {
    const slots: Record<string, unknown> = { name: named.devs[0] };
    if (named.areas[0]) slots.area = named.areas[0];
    return slots;
  }
  void home;
  const area = f.targets.find((t) => t.areas.length)?.areas[0] ?? f.areas[0];
  return area ? { area } : {};
}

function lightBrightness(f: Frame): number | null {
  const pct = f.numbers.find((n) => n.unit === 'pct');
  if (pct) return pct.value;
  const attrB = f.attrs.includes('brightness');
  if (f.mods.has('max') && (attrB || f.verbs.includes('up'))) return 100;
  if (f.mods.has('min') && (attrB || f.verbs.includes('down'))) return 1;
  if (attrB && f.numbers[0] && f.numbers[0].unit === null) return f.numbers[0].value;
  return null;
}

/** Reads JSON lines, answers one JSON line each, in order; never throws on a bad line. */
export async function runNluHa(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let ans: HaAnswer = NONE;
    try {
      ans = understandHa(JSON.parse(line) as HaRequest);
    } catch {
      ans = NONE;
    }
    if (!output.write(`${JSON.stringify(ans)}\n`))
      await new Promise<void>((r) => output.once('drain', () => r()));
  }
}

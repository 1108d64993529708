/** Planning of TV and speaker commands: channels, volume and mute, media playback. */
import { act, attr, epWith, isOn, num } from '../device.js';
import { MSG, UNITS } from '../lexicon/replies.js';
import type { Frame } from '../parse.js';
import { compile } from '../template.js';
import { genreLacking } from './genre-lacking.js';
import type { DeviceTurn } from './types.js';

const CHANNEL_NUMBER = compile(UNITS.channelNumber);

const VOLUME_STEP_TV = 1;
const VOLUME_STEP_SPEAKER = 5;
/** More steps than this is a channel number, not a count. */
const MAX_CHANNEL_STEPS = 10;

function absNumber(f: Frame, units: Array<string | null>): number | null {
  const n = f.numbers.find((x) => units.includes(x.unit));
  if (!n) return null;
  const setVerb =
    f.verb === 'set' || f.verb === 'do' || f.verb === null || f.verb === 'on' || f.verb === 'play';
  if (n.to || setVerb) return n.value;
  if ((f.verb === 'up' || f.verb === 'down') && !n.by && n.unit !== 'step') {
    // "3도 낮춰": an amount, unless said with 로 ("3도로 낮춰")
    return null;
  }
  return null;
}

// --- channels
export function planChannel(t: DeviceTurn): boolean {
  const { f, d, out, attrs, down, relative } = t;
  const chanEp = epWith(d, 'Channel');
  if (chanEp && (f.channel || attrs.includes('channel') || f.numbers.some((n) => n.unit === 'num'))) {
    const list = (attr(chanEp, 'Channel', 'ChannelList') ?? []) as Array<{
      MajorNumber: number;
      MinorNumber?: number;
    }>;
    if (f.channel) {
      // a genre no tuner carries (genre-none.ts) is a channel of major -1: never sent
      const c = f.channel.device === d.id && f.channel.major >= 0 ? f.channel : null;
      const same = c ?? list.find((x) => x.MajorNumber === f.channel?.major) ?? null;
      // "뉴스 보게 안방 TV 켜 줘": the genre was only why; the TV asked on goes on (genre-why-on.ts)
      if (!same && f.genreWhy) {
        if (!isOn(d)) out.actions.push(act(d, chanEp, 'OnOff', 'On'));
        return true;
      }
      if (!same) {
        out.answers.push(genreLacking(f, d) ?? MSG.noChannel.replace('{ch}', f.channel.name));
        return true;
      }
      const major = 'major' in same ? same.major : same.MajorNumber;
      const minor = 'minor' in same ? same.minor : (same.MinorNumber ?? 0);
      if (!isOn(d)) out.actions.push(act(d, chanEp, 'OnOff', 'On'));
      out.actions.push(
        act(d, chanEp, 'Channel', 'ChangeChannelByNumber', { MajorNumber: major, MinorNumber: minor }),
      );
      return true;
    }
    const n = f.numbers.find((x) => x.unit === 'num' || x.unit === null);
    const stepping = relative || f.verbs.includes('next') || f.verbs.includes('prev');
    // "11번으로 올려" names the channel; "두 번 올려", "2번 넘겨" count steps in the lineup
    if (n && (!stepping || n.to)) {
      const entry = list.find((x) => x.MajorNumber === n.value);
      if (!entry && list.length) {
        out.answers.push(MSG.noChannel.replace('{ch}', CHANNEL_NUMBER({ v: n.value })));
        return true;
      }
      if (!isOn(d)) out.actions.push(act(d, chanEp, 'OnOff', 'On'));
      out.actions.push(
        act(d, chanEp, 'Channel', 'ChangeChannelByNumber', {
          MajorNumber: n.value,
          MinorNumber: entry?.MinorNumber ?? 0,
        }),
      );
      return true;
    }
    // "채널 바꿔", "다른 채널": a change with no channel named is the next one
    if (!stepping && !n && (t.verb === 'set' || t.verb === 'do')) {
      out.actions.push(act(d, chanEp, 'Channel', 'SkipChannel', { Count: 1 }));
      return true;
    }
    if (stepping) {
      const steps = f.numbers.find(
        (x) => !x.to && (x.unit === 'step' || x.unit === 'num' || x.unit === null),
      );
      const count =
        (steps && steps.value > 0 && steps.value <= MAX_CHANNEL_STEPS ? steps.value : 1) *
        (down || f.verbs.includes('prev') ? -1 : 1);
      out.actions.push(act(d, chanEp, 'Channel', 'SkipChannel', { Count: count }));
      return true;
    }
  }
  return false;
}

// --- volume and mute
export function planVolume(t: DeviceTurn): boolean {
  const { f, d, out, verb, attrs, relative, sign, cannot } = t;
  const spk = d.endpoints.find((e) => e.deviceTypes.includes('Speaker') && e.clusters.LevelControl);
  if (
    spk &&
    (attrs.includes('volume') ||
      verb === 'mute' ||
      verb === 'unmute' ||
      (d.deviceType === 'Speaker' && relative && !attrs.length))
  ) {
    if (verb === 'mute' || (attrs.includes('volume') && verb === 'off')) {
      out.actions.push(act(d, spk, 'OnOff', 'Off'));
      return true;
    }
    if (verb === 'unmute' || (attrs.includes('volume') && verb === 'on')) {
      out.actions.push(act(d, spk, 'OnOff', 'On'));
      return true;
    }
    const cur = num(attr(spk, 'LevelControl', 'CurrentLevel')) ?? 0;
    const max = num(attr(spk, 'LevelControl', 'MaxLevel')) ?? 100;
    const min = num(attr(spk, 'LevelControl', 'MinLevel')) ?? 0;
    const abs = absNumber(f, [null, 'num', 'pct', 'step']);
    let level: number | null = null;
    // "제일 작게": the far end in the direction said
    if (f.mods.has('max')) level = t.down ? min : max;
    else if (f.mods.has('min')) level = t.up ? max : min;
    else if (f.mods.has('half') && !f.numbers.length) level = cur / 2;
    else if (f.mods.has('double') && !f.numbers.length) level = cur * (f.times ?? 2);
    else if (abs !== null && !relative) level = abs;
    else if (relative) {
      const stepSize = d.deviceType === 'Speaker' ? VOLUME_STEP_SPEAKER : VOLUME_STEP_TV;
      const n = f.numbers.find((x) => !x.to);
      // "두 칸" counts steps; a bare number ("10 올려") is the volume's own units
      const amount = n
        ? n.unit === 'step'
          ? n.value * stepSize
          : n.value
        : stepSize * (f.mods.has('much') ? 2 : 1);
      level = cur + sign * amount;
      if (f.numbers.find((x) => x.to)) level = f.numbers.find((x) => x.to)?.value ?? level;
    }
    // "소리 사분의 일로 줄여": a share the direction said would go against is a share of where it is
    const share = f.numbers.find((n) => n.to && n.unit === 'pct');
    if (share && level === share.value && ((t.down && level > cur) || (t.up && level < cur)))
      level = (cur * share.value) / 100;
    if (level === null) {
      cannot();
      return true;
    }
    level = Math.max(min, Math.min(max, Math.round(level)));
    out.actions.push(act(d, spk, 'LevelControl', 'MoveToLevel', { Level: level }));
    return true;
  }
  return false;
}

// --- media playback
export function planPlayback(t: DeviceTurn): boolean {
  const { f, d, out, verb, attrs } = t;
  const mp = epWith(d, 'MediaPlayback');
  if (
    mp &&
    (attrs.includes('media') ||
      ['play', 'pause', 'resume', 'next', 'prev', 'stop'].includes(verb ?? '') ||
      (d.deviceType === 'Speaker' && (verb === 'off' || verb === 'on')))
  ) {
    const cmd =
      verb === 'next' || f.verbs.includes('next')
        ? 'Next'
        : verb === 'prev'
          ? 'Previous'
          : verb === 'pause'
            ? 'Pause'
            : verb === 'stop' || verb === 'off'
              ? 'Stop'
              : 'Play';
    out.actions.push(act(d, mp, 'MediaPlayback', cmd));
    return true;
  }
  return false;
}

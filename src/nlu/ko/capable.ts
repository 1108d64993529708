/**
 * What a device can do, read from its clusters: the one capability check of resolve.ts (which of a kind's
 * devices can do what the frame asks) and brand-able.ts (which of a make's devices can).
 */
import type { DeviceDescription } from '../../model/types.js';
import { attr, epWith } from './device.js';
import type { Frame } from './parse.js';

/** Attributes only devices with one of these clusters have ("삼성 거 채널 올려" is no refrigerator's). */
const ATTR_CLUSTERS: Record<string, string[]> = {
  channel: ['Channel'],
  volume: ['Channel', 'MediaPlayback'],
  media: ['Channel', 'MediaPlayback'],
  brightness: ['LevelControl'],
  colortemp: ['ColorControl'],
  fan: ['FanControl'],
};

/** The device has a cluster that the attribute needs (any device, for an attribute of no cluster). */
const hasAttr = (d: DeviceDescription, a: string): boolean => {
  const cls = ATTR_CLUSTERS[a];
  return !cls || d.endpoints.some((e) => cls.some((c) => e.clusters[c] !== undefined));
};

/** The device has what every attribute of the frame needs. */
export const hasAttrs = (f: Frame, d: DeviceDescription): boolean => f.attrs.every((a) => hasAttr(d, a));

/** The device can do what the frame asks (dimming, colour temperature, the channel named). */
export function capable(f: Frame, d: DeviceDescription): boolean {
  if (f.channel) return carries(d, f.channel.name, f.channel.major);
  if (f.ctemp !== null || f.attrs.includes('colortemp')) return hasAttr(d, 'colortemp');
  if (f.attrs.includes('brightness') || f.numbers.some((n) => n.unit === 'pct'))
    return hasAttr(d, 'brightness');
  return true;
}

/** The device's channel lineup has this channel (by name or number). */
/** The device's lineup holds a channel of that number ("채널 18번"). */
export function carriesNumber(d: DeviceDescription, major: number): boolean {
  const list = attr(epWith(d, 'Channel'), 'Channel', 'ChannelList');
  return (
    Array.isArray(list) && (list as Array<{ MajorNumber?: number }>).some((c) => c?.MajorNumber === major)
  );
}

export function carries(d: DeviceDescription, name: string, major: number): boolean {
  const list = attr(epWith(d, 'Channel'), 'Channel', 'ChannelList');
  if (!Array.isArray(list)) return false;
  return (list as Array<{ MajorNumber?: number; Name?: string }>).some(
    (c) => c && (c.Name === name || (c.Name === undefined && c.MajorNumber === major)),
  );
}

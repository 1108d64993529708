/** Korean words of care (data in messages.ko.json). */
import type { DeviceDescription } from '../model/types.js';
import { fill } from '../present/i18n.js';
import messages from './messages.ko.json' with { type: 'json' };
import type { Detection } from './types.js';

export type CareMessage = keyof typeof messages;

export const say = (key: CareMessage, vars: Record<string, string | number> = {}): string =>
  fill(messages[key], vars);

/** The advice of a detection, naming the device and (for cabinets) the compartment. */
export function adviceOf(x: Detection, device: DeviceDescription | undefined): string {
  const ep = device?.endpoints.find((e) => e.id === x.endpoint);
  const key: CareMessage =
    x.kind === 'door-left-open' && x.evidence.openMinutes === undefined ? 'door-left-open.nosensor' : x.kind;
  return say(key, { device: device?.name ?? x.deviceId, place: ep?.name ?? '', ...x.evidence }).replace(
    /\s{2,}/g,
    ' ',
  );
}

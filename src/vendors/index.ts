/** Every vendor the hub speaks to, each described once (types.ts). */
import { c2c } from './c2c.js';
import { matter } from './matter.js';
import { mqtt } from './mqtt.js';
import { smartthings } from './smartthings.js';
import { thinq } from './thinq.js';
import type { VendorDescriptor } from './types.js';
import { virtual } from './virtual.js';

export type { SettingSpec, VendorDescriptor } from './types.js';

export const VENDORS: ReadonlyMap<string, VendorDescriptor> = new Map(
  [thinq, c2c, smartthings, mqtt, virtual, matter].map((v) => [v.kind, v]),
);

/** The descriptor of a home file's `adapter:` name. */
export const vendorOf = (kind: string): VendorDescriptor | undefined => VENDORS.get(kind);

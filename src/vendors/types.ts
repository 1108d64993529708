/**
 * A vendor, described once: the home file's `adapter:` name, the adapter that speaks its protocol,
 * the simulator of its cloud or bus (if any), and the settings a connection of that kind takes.
 * The home loader's checks, the hub's connections and `yeondong simulate` all derive from these
 * descriptors; nothing else lists vendors.
 */
import type { AdapterFactory } from '../adapters/types.js';
import type { SimulatorFactory } from '../simulators/types.js';

export interface SettingSpec {
  type: 'string' | 'number' | 'boolean';
  /** What it is for (docs and error messages). */
  doc: string;
  /** A further check of the value: why it is wrong, or null. */
  check?: (value: unknown) => string | null;
}

export interface VendorDescriptor {
  /** The name the home file uses (`adapter: thinq`). */
  kind: string;
  title: string;
  /** Reached over HTTP at `baseUrl`: a connection that is not simulated needs one. */
  cloud: boolean;
  /**
   * The keys a connection of this kind may carry beside id, adapter, simulate and simulator
   * (`baseUrl`, `token` and `broker` are kept as fields of the connection, the rest as settings).
   */
  settings: Record<string, SettingSpec>;
  adapter(): Promise<AdapterFactory>;
  simulator?(): Promise<SimulatorFactory>;
}

const positive = (v: unknown) => (typeof v === 'number' && v > 0 ? null : 'must be a number above 0');
const port = (v: unknown) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 65535 ? null : 'must be a port (0–65535)';

export const numberSetting = (doc: string): SettingSpec => ({ type: 'number', doc, check: positive });
export const portSetting = (doc: string): SettingSpec => ({ type: 'number', doc, check: port });
export const stringSetting = (doc: string): SettingSpec => ({ type: 'string', doc });

/** What every connection may carry. */
export const COMMON_SETTINGS: Record<string, SettingSpec> = {
  timeoutMs: {
    type: 'number',
    doc: 'per-call timeout of vendor requests (ms; default 900)',
    check: positive,
  },
  pollMs: {
    type: 'number',
    doc: 'polling interval where the vendor has no push (ms; default 1000)',
    check: positive,
  },
  simulatorPort: portSetting('port of the simulator `simulate: true` starts (default: any free port)'),
};

/** What a cloud reached over HTTP may carry. */
export const CLOUD_SETTINGS: Record<string, SettingSpec> = {
  baseUrl: {
    type: 'string',
    doc: "the vendor cloud's base URL (http or https); needed unless simulated",
    check: (v) => (/^https?:\/\//.test(String(v)) ? null : 'must be an http(s) URL'),
  },
  token: {
    type: 'string',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the home file's own syntax
    doc: 'the access token for the cloud (a whole value of the form ${NAME} is read from the environment)',
  },
};

/**
 * LG ThinQ Connect wire vocabulary for the simulator: error codes (as LG numbers them, strings on
 * the wire), profile property definitions, and the generic check of a control body against a
 * device profile (writable properties, enum values, ranges with min/max/step/except).
 */

/** LG error codes used by the simulator: [code, HTTP status, message]. */
export const LG_ERRORS = {
  BAD_REQUEST: ['1000', 400, 'Bad request'],
  MISSING_PARAMETERS: ['1101', 400, 'Missing parameters'],
  UNACCEPTABLE_PARAMETERS: ['1102', 400, 'Unacceptable parameters'],
  INVALID_TOKEN: ['1103', 401, 'Invalid token'],
  INVALID_MESSAGE_ID: ['1104', 400, 'Invalid message id'],
  NOT_EXIST_DEVICE: ['1205', 404, 'Not exist device'],
  INCORRECT_HEADER: ['1216', 400, 'Incorrect header'],
  NOT_CONNECTED_DEVICE: ['1222', 400, 'Not connected device'],
  EXCEEDED_API_CALLS: ['1306', 429, 'Exceeded API calls'],
  BAD_REQUEST_FORMAT: ['1311', 400, 'Bad request format'],
  INTERNAL_SERVER_ERROR: ['2000', 500, 'Internal server error'],
  NOT_PROVIDED_FEATURE: ['2201', 400, 'Not provided feature'],
  FAIL_DEVICE_CONTROL: ['2208', 400, 'Fail device control'],
  DEVICE_RESPONSE_DELAY: ['2209', 504, 'Device response delay'],
  COMMAND_NOT_SUPPORTED_IN_REMOTE_OFF: ['2301', 400, 'Command not supported in remote off'],
  COMMAND_NOT_SUPPORTED_IN_STATE: ['2302', 400, 'Command not supported in state'],
  COMMAND_NOT_SUPPORTED_IN_ERROR: ['2303', 400, 'Command not supported in error'],
  COMMAND_NOT_SUPPORTED_IN_POWER_OFF: ['2304', 400, 'Command not supported in power off'],
  COMMAND_NOT_SUPPORTED_IN_MODE: ['2305', 400, 'Command not supported in mode'],
} as const satisfies Record<string, readonly [string, number, string]>;

export type LgErrorName = keyof typeof LG_ERRORS;

/** An LG API error; the server turns it into `{messageId, timestamp, error: {code, message}}`. */
export class LgError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(name: LgErrorName, detail?: string) {
    const [code, status, message] = LG_ERRORS[name];
    super(detail ? `${message}: ${detail}` : message);
    this.code = code;
    this.status = status;
  }
  /** An error by raw LG code (fault injection); unknown codes answer HTTP 400. */
  static ofCode(code: string, message = 'Injected failure'): LgError {
    const known = Object.entries(LG_ERRORS).find(([, v]) => v[0] === code);
    const err = new LgError((known?.[0] as LgErrorName | undefined) ?? 'BAD_REQUEST', message);
    Object.assign(err, { code });
    return err;
  }
}

export interface RangeSpec {
  min: number;
  max: number;
  step: number;
  except?: number[];
}

/** One property of a profile: `{type, mode: ['r','w'], value: {r, w}}`. */
export type PropertyDef =
  | { type: 'enum'; mode: Array<'r' | 'w'>; value: { r?: string[]; w?: string[] } }
  | { type: 'boolean'; mode: Array<'r' | 'w'>; value: { r?: boolean[]; w?: boolean[] } }
  | { type: 'range'; mode: Array<'r' | 'w'>; value: { r?: RangeSpec; w?: RangeSpec } }
  | { type: 'number'; mode: Array<'r' | 'w'> };

export type ResourceDef = Record<string, PropertyDef | string>;
/** Location-keyed resources (fridge temperatures, door) are lists of `{locationName, …props}`. */
export type PropertySet = Record<string, ResourceDef | ResourceDef[]>;

export interface Profile {
  notification?: { push: string[] };
  /** A single unit has one property set; multi-unit devices (washers) a list with `location`. */
  property: PropertySet | PropertySet[];
}

export const enumProp = (values: string[], writable = true): PropertyDef => ({
  type: 'enum',
  mode: writable ? ['r', 'w'] : ['r'],
  value: writable ? { r: values, w: values } : { r: values },
});
export const boolProp = (writable = true): PropertyDef => ({
  type: 'boolean',
  mode: writable ? ['r', 'w'] : ['r'],
  value: writable ? { r: [false, true], w: [false, true] } : { r: [false, true] },
});
export const rangeProp = (min: number, max: number, step: number, writable = true): PropertyDef => {
  const r = { min, max, step, except: [] };
  return { type: 'range', mode: writable ? ['r', 'w'] : ['r'], value: writable ? { r, w: r } : { r } };
};
export const numberProp = (): PropertyDef => ({ type: 'number', mode: ['r'] });

/** One validated write: resource, optional location, property and value. */
export interface Write {
  resource: string;
  location?: string;
  prop: string;
  value: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isPropertyDef = (v: unknown): v is PropertyDef => isObject(v) && typeof v.type === 'string';

/** Keys of a control resource that address, rather than set, something. */
const ADDRESS_KEYS = new Set(['locationName', 'unit']);

function checkValue(path: string, def: PropertyDef, value: unknown): void {
  if (!def.mode.includes('w')) throw new LgError('NOT_PROVIDED_FEATURE', `${path} is not writable`);
  const bad = () => new LgError('UNACCEPTABLE_PARAMETERS', `${path}=${JSON.stringify(value)}`);
  switch (def.type) {
    case 'enum':
      if (typeof value !== 'string' || !(def.value.w ?? []).includes(value)) throw bad();
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw bad();
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad();
      return;
    case 'range': {
      const w = def.value.w;
      if (typeof value !== 'number' || !Number.isFinite(value) || !w) throw bad();
      if (value < w.min || value > w.max || (w.except ?? []).includes(value)) throw bad();
      const steps = (value - w.min) / w.step;
      if (Math.abs(steps - Math.round(steps)) > 1e-9) throw bad();
      return;
    }
  }
}

/**
 * Checks a control body (`{resource: {prop: value}}`, location-keyed resources carrying
 * `locationName`, multi-unit devices a top-level `location`) against the profile, the LG way.
 */
export function checkControl(profile: Profile, body: unknown): Write[] {
  if (!isObject(body) || Object.keys(body).length === 0) throw new LgError('BAD_REQUEST_FORMAT');
  let props: PropertySet | undefined;
  let unit: string | undefined;
  if (Array.isArray(profile.property)) {
    const loc = isObject(body.location) ? body.location.locationName : undefined;
    props =
      loc === undefined
        ? profile.property[0]
        : profile.property.find((p) => {
            const l = p.location;
            return !Array.isArray(l) && l?.locationName === loc;
          });
    if (!props) throw new LgError('UNACCEPTABLE_PARAMETERS', `location ${String(loc)}`);
    unit = typeof loc === 'string' ? loc : undefined;
  } else {
    props = profile.property;
  }
  const writes: Write[] = [];
  for (const [resource, payload] of Object.entries(body)) {
    if (resource === 'location' && Array.isArray(profile.property)) continue;
    const def = props[resource];
    if (!def) throw new LgError('NOT_PROVIDED_FEATURE', resource);
    if (!isObject(payload)) throw new LgError('BAD_REQUEST_FORMAT', resource);
    let resDef: ResourceDef;
    let location = unit;
    if (Array.isArray(def)) {
      const name = payload.locationName;
      if (typeof name !== 'string') throw new LgError('MISSING_PARAMETERS', `${resource}.locationName`);
      const found = def.find((d) => d.locationName === name);
      if (!found) throw new LgError('UNACCEPTABLE_PARAMETERS', `${resource}.locationName=${name}`);
      resDef = found;
      location = name;
    } else {
      resDef = def;
    }
    for (const [prop, value] of Object.entries(payload)) {
      if (ADDRESS_KEYS.has(prop)) continue;
      const pd = resDef[prop];
      if (!isPropertyDef(pd)) throw new LgError('NOT_PROVIDED_FEATURE', `${resource}.${prop}`);
      checkValue(`${resource}.${prop}`, pd, value);
      writes.push(location === undefined ? { resource, prop, value } : { resource, location, prop, value });
    }
  }
  if (writes.length === 0) throw new LgError('MISSING_PARAMETERS', 'nothing to control');
  return writes;
}

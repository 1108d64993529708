/** What every view needs: the translator, the API client, the state and its dispatcher. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { SecurityRules } from '../../src/gate/security.js';
import type { Refused } from '../../src/present/describe.js';
import { type Lang, maybe, type Translate } from '../../src/present/i18n.js';
import { clockText } from '../../src/present/time.js';
import { makerText } from '../../src/present/words.js';
import type { Api } from './api.js';
import { ApiError } from './api.js';
import type { HomeInfo } from './model.js';
import type { Action, State } from './state.js';

export interface AppCtx {
  t: Translate;
  lang: Lang;
  api: Api;
  state: State;
  dispatch: (a: Action) => void;
}

export const AppContext = createContext<AppCtx | null>(null);

export function useApp(): AppCtx {
  const c = useContext(AppContext);
  if (!c) throw new Error('useApp outside AppContext');
  return c;
}

export const assistantName = (home: HomeInfo, id: string | null | undefined): string =>
  (id && home.assistants.find((a) => a.id === id)?.name) || id || '';

export const satelliteName = (home: HomeInfo, id: string | null | undefined): string =>
  (id && home.satellites.find((s) => s.id === id)?.name) || id || '';

export const areaName = (home: HomeInfo, id: string | null | undefined): string =>
  (id && home.areas.find((a) => a.id === id)?.name) || id || '';

export const deviceName = (state: State, id: string | null | undefined): string =>
  (id && state.devices[id]?.name) || id || '';

export { typeName } from '../../src/present/describe.js';

/**
 * Commands the hub never takes in this home, whoever asks: the gate's own reading of the home's
 * security rules (`forbidden`), so the dashboard offers no button that can only be refused.
 */
export function refusedIn(home: HomeInfo): Refused {
  const rules = new SecurityRules({ voicePin: null, rules: home.security?.rules ?? [] });
  return (deviceType, command) => rules.requirement(deviceType, command) === 'forbidden';
}

/** A readable error: the hub's code in the user's language when known, else its message. */
export function errorText(t: Translate, err: unknown): string {
  if (err instanceof ApiError) return maybe(t, `error.${err.code}`, err.message || err.code);
  return String(err instanceof Error ? err.message : err);
}

export const codeText = (t: Translate, code: string): string => maybe(t, `error.${code}`, code);

/** Where an action came from, as people say it. */
export function originText(
  t: Translate,
  state: State,
  origin: string,
  satellite?: string | null,
  device?: string | null,
): string {
  const home = state.home;
  const [kind, rest = ''] = origin.split(/:(.*)/s, 2) as [string, string?];
  if (kind === 'assistant') {
    const a = assistantName(home, rest);
    return satellite
      ? t('origin.satellite', { assistant: a, satellite: satelliteName(home, satellite) })
      : t('origin.assistant', { assistant: a });
  }
  if (kind === 'satellite') return satelliteName(home, rest);
  if (kind === 'api') return t('origin.api');
  if (kind === 'oauth') return `OAuth ${rest}`;
  if (kind === 'vendor') {
    const connection = (device && state.devices[device]?.connection) || '';
    const vendor = home.vendors?.[connection];
    return vendor ? t('origin.vendor', { vendor: makerText(t, vendor) }) : t('origin.vendorUnknown');
  }
  if (kind === 'hub') return t('origin.hub');
  return origin;
}

/** A moment as a clock in the home shows it (the home's timezone, not the browser's). */
export function timeText(lang: Lang, home: HomeInfo, at: number, withDate = false): string {
  return clockText(lang, home.timezone, at, withDate);
}

/** Message catalogs (data in ./i18n/*.json) and the translate function. Korean first. */
import en from './i18n/en.json' with { type: 'json' };
import ko from './i18n/ko.json' with { type: 'json' };
import { PARTICLE_FORMS, particle } from './particles.js';

export type MessageKey = keyof typeof ko;
export type Lang = 'ko' | 'en';
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { ko, en };
export const LANGS: Lang[] = ['ko', 'en'];

const escaped = PARTICLE_FORMS.map((f) => f.replace(/[()]/g, '\\$&')).join('|');
const PLACEHOLDER = new RegExp(`\\{(\\w+)\\}(${escaped})?`, 'g');

/**
 * Fills `{name}` placeholders; an unknown placeholder stays as written. A Korean particle written
 * in both forms right after one ("{name}을(를)") becomes the form that fits the value ("현관문을").
 */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(PLACEHOLDER, (m, name: string, form: string | undefined) => {
    if (!(name in vars)) return m;
    const value = String(vars[name]);
    return form ? `${value}${particle(value, form)}` : value;
  });
}

export function translator(lang: Lang): Translate {
  const cat = CATALOGS[lang];
  return (key, vars) => fill(cat[key] ?? CATALOGS.ko[key] ?? key, vars);
}

/** Whether the catalogs have a message for `key`. */
export const known = (key: string): key is MessageKey => key in CATALOGS.ko;

/** A key that may or may not be in the catalog (error codes, enum numbers). */
export function maybe(t: Translate, key: string, fallback: string): string {
  return known(key) ? t(key) : fallback;
}

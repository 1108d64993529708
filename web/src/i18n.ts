/** Message catalogs (data in ./i18n/*.json) and the translate function. Korean first. */
import en from './i18n/en.json';
import ko from './i18n/ko.json';

export type MessageKey = keyof typeof ko;
export type Lang = 'ko' | 'en';
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { ko, en };
export const LANGS: Lang[] = ['ko', 'en'];

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function translator(lang: Lang): Translate {
  const cat = CATALOGS[lang];
  return (key, vars) => fill(cat[key] ?? CATALOGS.ko[key] ?? key, vars);
}

/** A key that may or may not be in the catalog (error codes, enum numbers). */
export function maybe(t: Translate, key: string, fallback: string): string {
  return key in CATALOGS.ko ? t(key as MessageKey) : fallback;
}

const LANG_KEY = 'yeondong.lang';

export function storedLang(): Lang {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // storage may be disabled; the choice then lasts for this page only
  }
}

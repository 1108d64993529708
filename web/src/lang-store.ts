/** The chosen language, remembered in this browser (Korean unless English was picked). */
import type { Lang } from '../../src/present/i18n.js';

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

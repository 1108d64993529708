/** Small Korean phrasing helpers for the assistants' replies: particles after a name. */

const LATIN_WITH_FINAL = new Set(['l', 'm', 'n', 'r']);
const DIGIT_WITH_FINAL = new Set(['0', '1', '3', '6', '7', '8']);

/** Whether the last sound of `word` has a final consonant (받침); `rieulOnly` reports ㄹ for 으로/로. */
function finalConsonant(word: string): { has: boolean; rieul: boolean } {
  const w = word.trim().replace(/[\s\p{P}]+$/u, '');
  const ch = w.at(-1) ?? '';
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return { has: jong !== 0, rieul: jong === 8 };
  }
  const lower = ch.toLowerCase();
  if (/[0-9]/.test(lower))
    return { has: DIGIT_WITH_FINAL.has(lower), rieul: ['1', '7', '8'].includes(lower) };
  if (/[a-z]/.test(lower)) return { has: LATIN_WITH_FINAL.has(lower), rieul: lower === 'l' };
  return { has: false, rieul: false };
}

/** `word` followed by the fitting particle: josa('현관문', '을', '를') → "현관문을". */
export function josa(word: string, withFinal: string, withoutFinal: string): string {
  return word + (finalConsonant(word).has ? withFinal : withoutFinal);
}

export const eul = (w: string) => josa(w, '을', '를');
export const eun = (w: string) => josa(w, '은', '는');
export const i = (w: string) => josa(w, '이', '가');
export const euro = (w: string) => {
  const f = finalConsonant(w);
  return w + (f.has && !f.rieul ? '으로' : '로');
};

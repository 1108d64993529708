/**
 * Text the hub refuses from outside: control characters (C0, DEL, C1: NUL, ESC, …) in names and
 * utterances, and bidirectional formatting controls in names (they make "evil\u202Etxt.exe" read
 * as "evilexe.txt" in a list of people or partners).
 */

/** General category Cc: C0 U+0000–U+001F (tab and newline included), DEL U+007F, C1 U+0080–U+009F. */
const CONTROL = /\p{Cc}/u;

/** Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, LRM/RLM U+200E/F, ALM U+061C. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

export const hasControlChars = (s: string): boolean => CONTROL.test(s);

export const hasBidiControls = (s: string): boolean => BIDI.test(s);

/** Why a name is refused (null when it is fine). */
export function nameProblem(what: string, s: string): string | null {
  if (hasControlChars(s)) return `${what} must not contain control characters (U+0000–U+001F, U+007F–U+009F)`;
  if (hasBidiControls(s))
    return `${what} must not contain bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)`;
  return null;
}

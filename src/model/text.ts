/**
 * Text the hub refuses from outside: control characters (C0, DEL, C1: NUL, ESC, …) in names and
 * utterances, and bidirectional formatting controls in names (they make "evil\u202Etxt.exe" read
 * as "evilexe.txt" in a list of people or partners).
 */

import { hasBidiControls, hasControlChars } from '../util/text.js';

// One rule for the home file loader and the API: the predicates live in util/text.ts.
export { hasBidiControls, hasControlChars } from '../util/text.js';

/** Why a name is refused (null when it is fine). */
export function nameProblem(what: string, s: string): string | null {
  if (hasControlChars(s)) return `${what} must not contain control characters (U+0000–U+001F, U+007F–U+009F)`;
  if (hasBidiControls(s))
    return `${what} must not contain bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)`;
  return null;
}

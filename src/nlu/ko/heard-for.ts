/**
 * A device word the recognizer wrote as an everyday word (issue #13, natural-11 V, fixer fx12):
 * "한기 좀 틀어 줘" is 환기 (ventilation) heard as 한기 (a chill). Read as the device word only when a
 * verb that runs a device follows it, so "한기가 들어" stays a complaint of cold.
 */

import { HEARD_FOR } from './lexicon/heard-for.js';

/** The text with each such word read as the device word it was heard for. */
export function heardFor(text: string): string {
  for (const h of HEARD_FOR) {
    // cheap guard first: the heard word is nearly always absent
    if (!text.includes(h.heard)) continue;
    text = text.replace(h.before, (m) => h.meant + m.slice(h.heard.length));
  }
  return text;
}

/**
 * What a name may not contain, one rule for the home file loader and the API. Control characters
 * (C0 including NUL and ESC, DEL, C1) can rewrite a terminal or a log line; bidirectional controls
 * (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E, U+200F and
 * U+061C) can reorder the text around a name wherever it is shown ("Trojan Source").
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/** Whether `s` holds a C0 or C1 control character (tab and newline included) or DEL. */
export const hasControlChars = (s: string): boolean => CONTROL.test(s);

/** Whether `s` holds a bidirectional formatting character. */
export const hasBidiControls = (s: string): boolean => BIDI.test(s);

/**
 * Why `s` cannot be a name, or null when it can: the first offending character as `U+XXXX` and
 * what kind it is.
 */
export function nameProblem(s: string): string | null {
  // Almost every name is clean: one pass of each pattern over the whole string (the home file's
  // check runs this for every name of 10,000 devices at each start), the characters only when not.
  if (!CONTROL.test(s) && !BIDI.test(s)) return null;
  for (const ch of s) {
    const kind = CONTROL.test(ch) ? 'a control character' : BIDI.test(ch) ? 'a bidi control' : null;
    if (kind) {
      const code = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      return `contains ${kind} (U+${code})`;
    }
  }
  return null;
}

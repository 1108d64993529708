/**
 * A spoken PIN as digits ("공오일이", "0 5 1 2", "비밀번호는 영오일이요" → "0512"), or null when
 * the answer is not a PIN. The Korean engine's `parseSpokenDigits` does the reading.
 */
import { parseSpokenDigits } from './numbers.js';

export function parsePinDigits(text: string): string | null {
  const d = parseSpokenDigits(text);
  return d !== null && /^[0-9]{1,16}$/.test(d) ? d : null;
}

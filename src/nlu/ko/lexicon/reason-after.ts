/**
 * reason-after.ts: words that, right after a verb, keep the clause the speaker's own doing rather than a
 * reason said after a request ("켜 놓을 거니까", "꺼 둘 거라서", "켜 있으니까", "틀어 줄 거니까").
 */
export const AUX_STARTS: readonly string[] = [
  '놓',
  '놔',
  '놨',
  '둘',
  '둔',
  '둬',
  '뒀',
  '두',
  '있',
  '줄',
  '준',
  '줬',
  '볼',
  '봤',
  '버릴',
  '버렸',
];

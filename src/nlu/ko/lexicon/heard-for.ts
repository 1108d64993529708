/**
 * Device words a speech recognizer writes as other words, read back only before a verb that runs a
 * device (heard-for.ts): 환기 heard as 한기 / 항기 / 환끼.
 */

/** A device's verb that may follow: 틀어, 돌려, 켜, 꺼, 가동, 작동, 세게 (with 좀 or 장치 between). */
const RUN = String.raw`(?:\s*좀)?\s*(?:틀|돌려|돌리|켜|꺼|끄|가동|작동|세게|강하게|약하게)`;

export const HEARD_FOR: Array<{ heard: string; meant: string; before: RegExp }> = [
  ...['한기', '항기', '환끼'].map((heard) => ({
    heard,
    meant: '환기',
    before: new RegExp(`${heard}(?=${RUN})`, 'g'),
  })),
];

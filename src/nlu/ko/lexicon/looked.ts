/**
 * 보다 said to look and be told ("온도 좀 보자", "공기 상태 좀 봐 줘", "채널 좀 봐 봐", "볼까?"), matched at the
 * start of the verb or ending token (look-reading.ts).
 */
export const LOOK_WORDS = ['보자', '봐', '볼까', '볼래', '보여'];

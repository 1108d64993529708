/**
 * A tag question seeking reassurance after a request ("냉장고 급냉으로 해 줘, 김냉은 괜찮지?", "…, 그건 문제없겠지?"):
 * asks nothing the home must do or tell; the request is done (tag-asked.ts). Fixer fx44, issue #13 (natural-22 Q).
 */
export const REASSURE_TAGS = [
  '괜찮지',
  '괜찮겠지',
  '괜찮은 거지',
  '괜찮은거지',
  '괜찮은 거 맞지',
  '문제없지',
  '문제 없지',
  '문제없겠지',
  '문제 없겠지',
  '이상 없지',
  '이상없지',
  '별일 없지',
  '별 일 없지',
  '괜찮을 거야',
  '괜찮겠죠',
  '괜찮죠',
];

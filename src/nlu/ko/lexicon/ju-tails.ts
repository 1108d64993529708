/**
 * What is left of a request ending of another register or region when 주 was read with the verb before it
 * ("켜주" + 소), said to the end of a spoken word before another clause begins (ju-tail.ts): Gyeongsang 주소,
 * 주이소, 주실래예; Jeolla 주씨요, 주랑께; Chungcheong 주겄어, 주세유; old-fashioned 주게, 주구려, 주시오; polite
 * 주시면 고맙겠어요, 주시기 바랍니다; cute 주세용.
 */
export const JU_TAILS = [
  '소',
  '소예',
  '이소',
  '이소예',
  '실래예',
  '씨요',
  '씨오',
  '랑께',
  '랑께요',
  '겄어',
  '겄어요',
  '겄소',
  '겄는가',
  '세유',
  '셔유',
  '게',
  '게나',
  '구려',
  '구료',
  '시오',
  '시구려',
  '세용',
  '시면 고맙겠어요',
  '시면 고맙겠습니다',
  '시면 감사하겠어요',
  '시면 감사하겠습니다',
  '시면 좋겠어요',
  '시기 바랍니다',
  '시길 바랍니다',
];

/**
 * A mood asked of a device with no setting said ("조명 좀 분위기 있게 해 줘", "아늑하게 해 줘"): the words
 * are known but name nothing to set, so the request is asked how (partly.ts), never guessed (issue #13,
 * fixer fx20).
 */
export const MOOD_WORDS = [
  '분위기 있게',
  '분위기있게',
  '분위기 좀 있게',
  '분위기 나게',
  '분위기 좀 나게',
  '분위기 좋게',
  '무드 있게',
  '무드 있는',
  '로맨틱하게',
  '감성 있게',
  '감성적으로',
  '운치 있게',
  '근사하게',
  '분위기 있는',
  // "거실 불 예쁘게 켜 줘": pretty as how a light goes on, not an opinion of the device (speech.ts CHAT)
  '예쁘게',
  '이쁘게',
];

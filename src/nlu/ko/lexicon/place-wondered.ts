/**
 * The place taken back and wondered about (place-wondered.ts): "거실 불 켜 줘, 아니 거기 말고 … 어디더라".
 * Matched in the spacing-free text.
 */

/** The place just said taken back with nothing put instead. */
export const PLACE_TAKEN_BACK = [
  '거기말고',
  '거기아니고',
  '거기아니야',
  '거기아니다',
  '여기말고',
  '여기아니고',
];

/** The speaker wondering where it is meant to be. */
export const WHERE_WONDERED = [
  '어디더라',
  '어디였더라',
  '어디였지',
  '어디지',
  '어디였나',
  '어느방이더라',
  '어느방에',
];

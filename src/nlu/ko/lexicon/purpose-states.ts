/**
 * A state to come about, said as the purpose of a request ("빨리 시원해지게 냉장고 급냉 모드로 해 줘", "방이 좀 따뜻해지도록
 * 보일러 올려"): a clause of context (speech.ts spreads these into REASON_ENDS), not the comfort said as a remark ("아
 * 시원해") that makes a turn talk. Fixer fx44, issue #13 (natural-22 Q).
 */
const STATES = [
  '시원해',
  '차가워',
  '차게',
  '따뜻해',
  '따듯해',
  '뜨거워',
  '뜨뜻해',
  '밝아',
  '환해',
  '어두워',
  '조용해',
  '깨끗해',
  '선선해',
  '훈훈해',
  '포근해',
  '보송보송해',
  '뽀송해',
];
export const PURPOSE_STATES = STATES.flatMap((s) => [`${s}지게`, `${s}지도록`, `${s}질 수 있게`]);

/** Conditions that judge a reading (judged-if.ts); data only. */

/**
 * "안 좋으면 공기청정기 켜 줘", "농도 높으면 환기 돌려": a request upon a judgement of a reading the home cannot
 * make for the person is asked, not done (spaces inside are optional). How the person feels ("추우면 보일러
 * 켜 줘") is the reason of a request for now, not one of these.
 */
export const JUDGED_IFS = [
  '안 좋으면',
  '안좋으면',
  '나쁘면',
  '별로면',
  '탁하면',
  '높으면',
  '낮으면',
  '많으면',
  '심하면',
];

/** Asking whether to do it now: "{n}" is the device with its particle, "{verb}" the asking verb. */
export const JUDGED_ASK = '{n을/를} 지금 {verb}?';
/** Asking whether to do it now, when it sets a value or acts on several devices. */
export const JUDGED_ASK_PLAIN = '지금 그렇게 할까요?';

/**
 * Small words the rules look for around a device or a verb (particles, adverbs, syllables of a request ending),
 * kept here with the rest of the Korean rather than in the rules.
 */

/** Said between an activity noun and 하다 ("환기 좀 해 줄래?"): activity-asked.ts. */
export const ACTIVITY_ASIDE = ['좀', '어떻게', '어떻게좀'];

/** Syllables of a request's ending ("올려 놔 줘 알았지?"): what follows them is no past of the verb (aspect-asked.ts). */
export const REQUEST_SYLLABLES = ['줘', '주', '줄', '놔', '둬', '라', '자', '게'];

/** The object particles a turn cut off after its object ends in ("에어컨을 그…"): cut-off.ts. */
export const OBJECT_PARTICLES = ['을', '를'];

/** Said between the device and a verb in the past ("누가", "벌써", "아까"): past-asked.ts. */
export const PAST_BETWEEN = ['누가', '벌써', '아까', '이미', '혹시', '다'];

/** Said right before a state to deny it ("안 잠겨 있으면" is unlocked): condition-held.ts. */
export const NOT_BEFORE_STATE = ['안'];

/** How a complaint joined to the request after it ends ("추운데", "더운데요"): complaint-first.ts#complaintBeforeRequest. */
export const COMPLAINT_BUT_ENDS = ['데', '데요', '는데', '은데'];

/**
 * A value told as heard, right after the number ("오늘 최고 기온 32도래"): value-told.ts. (라던데, 라더라, 라고 하더라
 * are read as 래 before the turn is parsed, RELAYED_TAILS below, so they are not listed.)
 */
export const VALUE_HEARSAY = ['래', '래요', '라네', '라는데', '란다'];

/**
 * A device's own switching told as what it seems to do, after the verb's stem and 지 ("티비가 자꾸 꺼지는 것 같아",
 * "저절로 켜지더라"): own-doing.ts.
 */
export const OWN_DOING_TAILS = [
  '지는것같',
  '지는거같',
  '지는듯',
  '지더라',
  '지네',
  '지는거야',
  '지는것같아',
  '져버리',
];

/** "청소기 그만 돌리고 …": enough, said right before a verb, stops what the verb names (self-correct.ts, fixer fx45). */
export const HALT_BEFORE_VERB = ['그만'];

/**
 * "버즈 말고 기가지니로 음악 틀어": an assistant's name followed by a particle of where or by what names the speaker
 * itself; it is no call to the assistant (wake-name.ts, fixer fx45).
 */
export const WHERE_PARTICLES = ['로', '으로', '에서', '에', '한테', '에다', '에다가'];

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

/** How a complaint joined to the request after it ends ("추운데", "더운데요"): complaint-then-ask.ts. */
export const COMPLAINT_BUT_ENDS = ['데', '데요', '는데', '은데'];

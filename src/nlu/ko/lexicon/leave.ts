/** Leave asked to use a device ("세탁기 좀 써도 될까요?"; leave-use.ts). Spacing-free forms. */

/** Using it, in the form that asks leave (…도). */
export const USE_LEAVE = ['써도', '써봐도', '사용해도', '사용해봐도', '이용해도', '돌려봐도'];
/** What follows: it is all right. */
export const LEAVE_OK = ['돼', '되', '될까', '되나', '됩니까', '괜찮'];
/** Kinds used by putting something in them and running a course: leave to use them asks whether they are free. */
export const USED_WITH_A_LOAD = ['washer', 'dryer', 'dishwasher', 'styler', 'vacuum', 'oven', 'cooker'];

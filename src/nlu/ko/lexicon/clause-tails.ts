/**
 * Endings that close a clause in the middle of a turn (fixer fx24): a question's own ending, and the
 * connectives that close a clause of reason said after it (asked-then-why.ts).
 */

/** A question's ending, read as its own token ("채널이냐", "몇 도니"). */
export const QUESTION_ENDS = new Set(['냐', '니', '나요', '냐고']);

/** Connectives that end a clause of reason ("소리만 들려서", "추우니까"). */
export const REASON_CLOSERS = new Set([
  '서',
  '어서',
  '아서',
  '해서',
  '니까',
  '으니까',
  '길래',
  '는데',
  // fixer fx50: the purpose the question is asked for ("미세먼지 몇이야, 애 데리고 들어가려고")
  '려고',
  '으려고',
  '려구',
]);

/** Plain endings that close a question after an asking word ("몇이야", "얼마나 남았어"): fixer fx50. */
export const ASKED_TAILS = new Set(['이야', '야', '어', '예요', '이에요', '요', '냐', '니']);

/** Words that ask how much or which, at the start of a token ("몇도", "얼마나"): setting-asked.ts. */
export const ASKING_WORDS = ['몇', '얼마'];

/** Words that ask which one, said right before a device word ("어디 불을", "어느 티비를"): wonder-which.ts. */
export const WHICH_WORDS = new Set(['어디', '어느', '어떤']);

/**
 * A habit judged or reported (issue #13, fixer fx18; judged.ts): "불 켜 자는 거 안 좋대", "에어컨 틀고 자는
 * 게 위험하대", "티비 켜 놓고 먹는 거 괜찮대". A verb inside a noun clause (…는 거, …는 게) that the turn
 * judges is talk, not a request.
 */

/** What closes a noun clause: 는/ㄴ + 거, 게, 건, 것. */
export const NOUN_CLAUSE = ['는거', '는게', '는건', '는것', '는걸'];

/** Judgements of a habit (the words begin the rest of the turn, after an optional 안/별로/몸에/건강에). */
export const JUDGEMENTS = ['좋', '괜찮', '위험', '나쁘', '나쁜', '나빠', '해롭', '해로', '안전', '별로'];

/** Said before the judgement ("안 좋대", "몸에 안 좋대", "건강에 나쁘대"). */
export const BEFORE_JUDGEMENT = [
  '몸에',
  '건강에',
  '눈에',
  '애들한테',
  '아이한테',
  '진짜',
  '정말',
  '되게',
  '엄청',
  '안',
  '별로',
  '제일',
  '더',
];

/**
 * Endings of a judgement told or heard (…대, …래, …다, …아): not 좋겠다 / 낫겠다 (a suggestion of what to do),
 * not 좋을까 (weighing up, already talk).
 */
export const JUDGED_ENDS = [
  '대',
  '대요',
  '답니다',
  '다던데',
  '다더라',
  '다고',
  '래',
  '래요',
  '다',
  '아',
  '아요',
  '어',
  '어요',
  '지',
  '죠',
  '던데',
  '더라',
  '잖아',
  '지않대',
  '지않대요',
  '지않아',
  '지않나',
  '지않을까',
];

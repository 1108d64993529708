/**
 * After a request said to its end, a word said apart that still belongs to it (request-done.ts):
 * an auxiliary verb ("켜 놓으니까", "꺼 버리니까", "틀어 둘 거라서", "켜 주니까"), given by the first
 * syllable of its stem without its final consonant (놓/놀/놨 → 노, 놔; 둘/둔 → 두, 둬; …), or a noun the
 * verbal noun runs into ("켜기 전에", "끄기 전엔").
 */
export const AUX_SYLLABLES = [
  '노',
  '놔',
  '두',
  '둬',
  '버',
  '보',
  '봐',
  '주',
  '줘',
  '드',
  '이',
  '져',
  '지',
  '대',
  '달',
];

export const AFTER_VERB_NOUNS = [
  '전에',
  '전엔',
  '전부터',
  '후에',
  '다음에',
  '뒤에',
  '동안',
  '때',
  '중에',
  '김에',
];

/** "그러니까", "그래서": a word of "so" after a clause makes that clause the reason, not a request said to its end. */
export const SO = ['그러', '그래', '그런', '그니', '그럼', '그렇'];

/** A verb word that ends as told, not asked ("본대", "켠다", "켜네"): no request said to its end. */
export const TOLD_ENDS = ['대', '래', '다', '네', '데', '군'];

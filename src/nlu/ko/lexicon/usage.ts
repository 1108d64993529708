/**
 * Words of how things are said (issue #13, fixer fx5; data only): people who can be the subject of
 * a report ("동생이 자꾸 에어컨 켜"), nouns of cause after a verb ("추운 바람에"), forgetting asked
 * ("잠그는 거 깜빡했나?"), music hung on ("음악 좀 걸어 줘").
 */

/** People at home or around it, who can do something themselves ("동생이", "애들이", "남편은"). */
export const PEOPLE = [
  '동생',
  '남동생',
  '여동생',
  '언니',
  '오빠',
  '형',
  '누나',
  '아빠',
  '엄마',
  '아버지',
  '어머니',
  '아버님',
  '어머님',
  '할머니',
  '할아버지',
  '애',
  '애들',
  '아이',
  '아이들',
  '아들',
  '딸',
  '막내',
  '남편',
  '아내',
  '와이프',
  '신랑',
  '마누라',
  '얘',
  '걔',
  '쟤',
  '얘들',
  '걔들',
  '첫째',
  '둘째',
  '손주',
  '손자',
  '손녀',
  '룸메',
  '룸메이트',
];

/** Particles that make a person the subject of the clause. */
export const SUBJECT_MARKS = ['이', '가', '은', '는', '께서', '도', '이가'];

/** Adverbs of a habit that often follow the subject ("동생이 자꾸", "애들은 맨날"). */
export const HABIT_ADVERBS = [
  '자꾸',
  '자꾸만',
  '또',
  '계속',
  '맨날',
  '매일',
  '항상',
  '늘',
  '만날',
  '툭하면',
  '몰래',
];

/** Nouns of cause after a verb's adnominal ending ("추운 바람에", "우는 통에", "늦은 탓에"): because. */
export const CAUSE_NOUNS = ['바람에', '통에', '탓에'];

/** Forgetting, asked ("가스 잠그는 거 깜빡했나?"): whether it was done, a state question. */
export const FORGOT_ASKED = [
  '깜빡했나',
  '깜박했나',
  '까먹었나',
  '잊었나',
  '잊어버렸나',
  '깜빡했던가',
  '까먹었던가',
];

/** The state a done action leaves, asked through having forgotten it. */
export const DONE_STATE: Record<string, string> = { lock: 'locked', off: 'off', close: 'closed', on: 'on' };

/** Music hung on ("음악 좀 걸어 줘", "노래 하나 걸어 봐"): the verb of locking said of music plays it. */
export const HANG_VERBS = ['걸어'];

/** Asking what to do with a room ("거실 좀 어떻게 해 봐"). */
export const HOW_WORDS_ROOM = ['어떻게'];

/** A fire lit with no device named ("거실에 불 좀 넣어 줘"): 불 is then the room's light. */
export const FIRE_VERBS = ['불 넣어', '불 좀 넣어', '불 때 줘', '불 때라', '불 좀 때', '불 지펴'];

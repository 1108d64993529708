/**
 * Words of fixer fx27's classes (issue #13, natural-22 Q and natural-23 S): questions that presume a state,
 * a reading asked as opposed to a setpoint, wishes, two complaints in one clause.
 */

/** "켜져 있는 거야, 아닌 거야?": the other half of an either-or about a state (the clause said after it). */
export const STATE_OR_NOT = ['아닌', '아니', '안', '아닌지', '아님'];

/** How a wish for a room's state ends after its past stem ("환했 + 으면 좋겠어"). */
export const WISH_TAILS = [
  '으면 좋겠어',
  '으면 좋겠어요',
  '으면 좋겠는데',
  '으면 좋겠는데요',
  '으면 좋겠다',
  '으면 좋겠네',
  '으면 좋겠습니다',
  '으면 좋겠구먼',
  '으면 싶어',
  '으면 싶어요',
  '으면 싶은데',
  '으면 싶은데요',
  '으면 싶네',
  '으면 해',
  '으면 해요',
  '으면 하는데',
  '으면 하는데요',
];

/**
 * Past stems of a room's state wished for (the same words, as a stem, go into ROOM_WARMER and its kin so the
 * room's remedy is found): warmer and brighter are 'up', cooler and dimmer 'down'.
 */
export const WISHED_WARMER = ['따뜻했', '따듯했', '따뜻해졌', '훈훈했', '훈훈해졌', '포근했', '뜨뜻했'];
export const WISHED_COOLER = ['시원했', '시원해졌', '선선했', '서늘했', '서늘해졌'];
export const WISHED_BRIGHTER = ['밝았', '밝아졌', '환했', '환해졌', '훤했'];
export const WISHED_DIMMER = ['어두웠', '어두워졌', '은은했', '어둑했'];
/** The same wishes on the present stem, which takes 면 without 으 ("따뜻하면 좋겠다", "어두우면 좋겠어"). */
export const WISHED_WARMER_NOW = ['따뜻하', '따듯하', '훈훈하', '포근하'];
export const WISHED_COOLER_NOW = ['시원하', '선선하', '서늘하'];
export const WISHED_BRIGHTER_NOW = ['환하', '훤하', '밝으'];
export const WISHED_DIMMER_NOW = ['어두우', '은은하', '어둑하'];

const wished = (stems: string[]) => stems.flatMap((s) => WISH_TAILS.map((t) => s + t));
const wishedNow = (stems: string[]) => stems.flatMap((s) => WISH_TAILS.map((t) => s + t.slice(1)));

/** "거실이 좀 환했으면 싶은데": a wish for a room's state, as a verb word that is also a request ending. */
export const WISHED_TONES: Array<[string[], 'up' | 'down']> = [
  [
    [
      ...wished([...WISHED_WARMER, ...WISHED_BRIGHTER]),
      ...wishedNow([...WISHED_WARMER_NOW, ...WISHED_BRIGHTER_NOW]),
    ],
    'up',
  ],
  [
    [
      ...wished([...WISHED_COOLER, ...WISHED_DIMMER]),
      ...wishedNow([...WISHED_COOLER_NOW, ...WISHED_DIMMER_NOW]),
    ],
    'down',
  ],
];

/** "설정 말고 현재 온도": the words that set the part before them aside in the same clause. */
export const SET_ASIDE = ['말고', '말구', '아니고', '아니라', '말고요'];

/** "KBS1 말고 2", "KBS1 아니 2": the words that set a channel's digit aside for another. */
export const DIGIT_ASIDE = ['말고', '말구', '아니고', '아니', '아니라'];

/** Particles that make a device the subject of what is said next ("티비가 안 보여"). */
export const SUBJECT_PARTICLES = ['가', '이', '이가'];

/** "무슨 냄새가 나", "이상한 냄새": a smell whose source is not known (not a question about a reading). */
export const UNKNOWN_SOURCE = ['무슨', '웬', '이상한', '뭔가', '뭔지 모를'];

/** "…느낌이야", "…같은 느낌": a complaint said as a feeling, with the copula that is no question. */
export const COPULA_ENDS = ['이야', '야', '이네', '이에요', '예요'];

/**
 * A complaint word said bare, as a question ("어두워", "밝나", "차가워"; not "너무 밝" or "깜깜해"): by complaint, each
 * stem with the endings it takes (feel-asked.ts).
 */
export const BARE_FEELS: Record<string, Array<[string, string[]]>> = {
  dark: [
    ['어두', ['워', '워요', '운가', '운가요', '니', '나', '나요']],
    ['어둡', ['니', '나', '나요', '냐', '노']],
  ],
  bright: [['밝', ['아', '아요', '니', '나', '나요', '냐', '노', '은가', '은가요']]],
  toocold: [
    ['차가', ['워', '워요', '운가', '운가요']],
    ['차갑', ['니', '나', '나요', '냐', '노']],
  ],
};

/** Endings of such a word that can only ask ("거실 어둡나", "냉장실 차갑니": no question mark needed). */
export const FEEL_ASKING_ENDS = ['니', '나', '나요', '냐', '가', '가요'];

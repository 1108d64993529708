/**
 * What follows an action's verb when the action is not asked for but told of or asked about (fx30, issue
 * #13's questions about state): the state it left ("멈춰 있어?", "일시정지 돼 있어?"), the action going on
 * ("재생하고 있어?", "돌리고 있니?"), the action done and kept ("꺼 놨어?", "잠가 뒀나?") or done
 * ("음소거 했어?", "바람 세게 했니?"), or a value said as what it is ("24도야?", "MBC로 돼 있어?").
 * Data only; aspect-asked.ts reads them. Written without spaces (matched on the compact text).
 */

/** Right after the verb: the action's result, ongoing or kept, or its verbal noun done (했/됐). */
export const ASPECT_STEMS = [
  '있',
  '고있',
  '하고있',
  '되고있',
  '돼있',
  '되어있',
  '돼',
  '됐',
  '되었',
  '된상태',
  '상태',
  '중',
  '하는중',
  '되는중',
  '놨',
  '놓았',
  '놓은거',
  '뒀',
  '두었',
  '둔거',
  '했',
  '하였',
  '시켰',
  '져있',
  // the passive before 있 when the verb's stem is read without it (풀려 있, 잠겨 있, 닫혀 있)
  '려있',
  '겨있',
  '혀있',
  '여있',
];

/** Asking to confirm, and the regional asking endings ("꺼 놨지 않아?", "잠가 놨능교?", "켜져 있당가?", "돌려 놨수?"). */
const CONFIRM_ASKED = [
  ...[
    '는거아니야',
    '는거아냐',
    '는거아니에요',
    '지않아',
    '지않아요',
    '지않나',
    '지않니',
    '능교',
    '당가',
    '수',
  ],
  ...['었나', '었니', '었냐', '는거맞지', '는거맞아', '는거맞죠', '남', '는감', '는겨', '나예', '소', '슈'],
  // fixer fx43: the Gyeongsang recollective question of a past action ("불 껐드나?", "문 잠갔더나")
  ...['드나', '더나', '드노', '더노', '던교'],
];

/** Stems of the action done (past): told without asking ("김치 넣어 놨어") they are talk, so they need asking. */
export const DONE_STEMS = [
  '놨',
  '놓았',
  '뒀',
  '두었',
  '했',
  '하였',
  '시켰',
  '됐',
  '되었',
  '로했',
  '으로했',
  '해놨',
  '로해놨',
  '으로해놨',
  '해뒀',
];

/**
 * A verbal noun or a value closed by the past of 하다 ("음소거 했어", "바람 세게 했어요", "24도로 했어"): told or
 * asked, a report of what was done — never a request — so the plain endings say it too (not 했다, a remark).
 */
export const DONE_BY_HADA = ['했', '하였', '시켰', '로했', '으로했'];
export const TOLD_ENDS = ['어', '어요', '어용', '음'];

/** Endings that ask ("꺼 놨나", "잠가 뒀니", "음소거 했습니까", "24도인가"), written or not with a question mark. */
export const ASKING_ENDS = [
  '나',
  '나요',
  '니',
  '냐',
  '노',
  '는교',
  '습니까',
  '슴까',
  '스나',
  '는거야',
  '는건가',
  '는가',
  '던가',
  '을까',
  '지',
  '지요',
  '죠',
  '인가',
  '인가요',
  '이니',
  '이냐',
  '입니까',
  ...CONFIRM_ASKED,
];

/** Said between the two sides of an either-or question ("켜 놨어 안 켜 놨어?", "열려 있어 아니면 닫혀 있어?"). */
export const EITHER_LINKS = ['안', '아니면', '아님', '혹은', '또는', '아니야'];

/** A value said as what it is: the copula, or 되다 after 로/으로 ("제습으로 돼 있어"). */
export const VALUE_IS_STEMS = [
  '',
  '돼있',
  '되어있',
  '로돼있',
  '으로돼있',
  '로되어있',
  '으로되어있',
  '로돼',
  '으로돼',
  '로됐',
  '으로됐',
  '로맞춰져있',
  '으로맞춰져있',
  '로설정돼있',
  '으로설정돼있',
  '했',
  '로했',
  '으로했',
  '해놨',
  '로해놨',
  '으로해놨',
  '상태',
  '중',
  '인상태',
];

/** Endings after a stem that end in a vowel-less syllable (있, 놨, 했…): asked or told, never a request. */
export const ASPECT_ENDS = [
  '',
  '어',
  '어요',
  '어용',
  '나',
  '나요',
  '니',
  '냐',
  '노',
  '는교',
  '습니까',
  '슴까',
  // 습니까 as the courtesy reading leaves it (courtesy.ts)
  '스나',
  '지',
  '지요',
  '죠',
  '는거야',
  '는거지',
  '는거예요',
  '는건가',
  '는가',
  '던가',
  '을까',
  '음',
  '다',
  '네',
  // confirming, guessing and regional endings (fx30): "켜져 있잖아?", "잠가 놨을걸?", "돌리고 있어유?",
  // "멈춰 있능교?", "꺼 놨당가?", "켜져 있수?", "잠가 놨었어?"
  ...['잖아', '잖아요', '던데', '을걸', '었어', '었어요', '어유', '제', '지예'],
  ...CONFIRM_ASKED,
];

/** Endings after the copula's place ("24도야", "중이에요", "상태인가", "MBC입니까"). */
export const COPULA_ENDS = [
  '야',
  '이야',
  '예요',
  '이에요',
  '에요',
  '여',
  '이여',
  '가',
  '인가',
  '인가요',
  '니',
  '이니',
  '냐',
  '이냐',
  '입니까',
  '임',
  '이지',
  '지',
  '이죠',
  '죠',
  '인거야',
  '인거지',
  '인거예요',
  '이었어',
  '였어',
];

/** What may close an asking ending: 는지 and whatever asks to be told ("…는지 알려 줘", "…인지 궁금해"). */
export const WHETHER = ['는지', '인지', '한지', '된지'];

/**
 * Auxiliary verbs that go with the verb before them ("켜 놨어", "꺼 뒀니", "멈춰 있어", "잠가 버렸어"): a turn is
 * never cut between the two (asked-and-request.ts), the part after being no question of its own.
 */
export const AUX_AFTER = ['놨', '놓', '뒀', '둬', '두었', '둔', '있', '버렸', '버린'];

/** Forgetting ("끄는 거 깜빡했어", "잠그는 걸 잊었네"): the action is still wanted, not told of as done. */
export const FORGOT_WORDS = ['깜빡', '깜박', '잊', '까먹'];

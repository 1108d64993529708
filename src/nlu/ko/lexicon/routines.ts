/**
 * Words of routines spoken in Korean, as data: how people say when (every day, a time, a device's
 * state), what to announce, and how they ask to list, switch off, switch on, remove or run routines.
 */

/** Recurrence words before a time: which weekdays (undefined: every day). */
export const RECURRENCE: Array<[string, string[] | undefined]> = [
  ['매일', undefined],
  ['날마다', undefined],
  ['매일매일', undefined],
  ['평일마다', ['mon', 'tue', 'wed', 'thu', 'fri']],
  ['평일에는', ['mon', 'tue', 'wed', 'thu', 'fri']],
  ['평일', ['mon', 'tue', 'wed', 'thu', 'fri']],
  ['주말마다', ['sat', 'sun']],
  ['주말에는', ['sat', 'sun']],
  ['주말', ['sat', 'sun']],
];

/** "매주 월요일" → mon. */
export const DAY_NAMES: Record<string, string> = {
  월: 'mon',
  화: 'tue',
  수: 'wed',
  목: 'thu',
  금: 'fri',
  토: 'sat',
  일: 'sun',
};

/** Parts of the day: whether the hour is after noon. */
export const DAY_PARTS: Array<[string, 'am' | 'pm']> = [
  ['아침', 'am'],
  ['오전', 'am'],
  ['새벽', 'am'],
  ['낮', 'pm'],
  ['오후', 'pm'],
  ['저녁', 'pm'],
  ['밤', 'pm'],
];

/** Hours read in native numerals ("일곱 시"). */
export const HOUR_WORDS: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  열한: 11,
  열두: 12,
};

/** Parts of the day whose "12시" is midnight ("밤 12시"). */
export const MIDNIGHT_PARTS = ['밤', '새벽'];

/** "…이 열리면": the state a device comes to, as the routine's trigger. */
export const WHEN_VERBS: Array<[string, string]> = [
  ['열리면', 'opened'],
  ['열렸을 때', 'opened'],
  ['잠기면', 'closed'],
  ['닫히면', 'closed'],
  ['켜지면', 'on'],
  ['꺼지면', 'off'],
  ['끝나면', 'cycleFinished'],
  ['끝났을 때', 'cycleFinished'],
  ['다 되면', 'cycleFinished'],
  ['완료되면', 'cycleFinished'],
  ['시작되면', 'cycleStarted'],
];

/** Words for an appliance by what it does ("세탁 끝나면"): the Matter device type. */
export const DOING_WORDS: Array<[string, string]> = [
  ['세탁', 'LaundryWasher'],
  ['빨래', 'LaundryWasher'],
  ['건조', 'LaundryDryer'],
  ['식기세척', 'Dishwasher'],
  ['설거지', 'Dishwasher'],
  ['청소', 'RoboticVacuumCleaner'],
];

/** "…에 알려줘": the action is a spoken announcement on that device or speaker. */
export const ANNOUNCE_VERBS = [
  '알려줘',
  '알려 줘',
  '알려주세요',
  '알려 주세요',
  '말해줘',
  '말해 줘',
  '안내해줘',
  '안내해 줘',
];
export const ANNOUNCE_PARTICLES = ['에서', '에게', '한테', '으로', '로', '에'];

/** Asking which routines there are. */
export const LIST_PATTERNS = [/(무슨|어떤|뭔)\s*루틴/, /루틴\s*(목록|뭐\s*있|뭐가\s*있|있어|있나|알려)/];

/** What to do with a named routine: "아침 루틴 꺼줘". */
export const MANAGE_VERBS: Array<[string, 'disable' | 'enable' | 'delete' | 'run']> = [
  ['꺼', 'disable'],
  ['끄', 'disable'],
  ['중지', 'disable'],
  ['멈춰', 'disable'],
  ['비활성', 'disable'],
  ['다시 켜', 'enable'],
  ['켜', 'enable'],
  ['활성', 'enable'],
  ['지워', 'delete'],
  ['삭제', 'delete'],
  ['없애', 'delete'],
  ['실행', 'run'],
  ['시작', 'run'],
];

/** Answers to "이 루틴을 만들까요?". */
export const YES_WORDS = [
  '네',
  '예',
  '응',
  '어',
  '그래',
  '좋아',
  '만들어',
  '맞아',
  '부탁해',
  '오케이',
  '그렇게 해',
];
export const NO_WORDS = ['아니', '아뇨', '싫어', '취소', '됐어', '그만', '안 돼', '하지 마'];

/** What may follow a routine's phrase ("외출 모드 실행해줘"). */
export const PHRASE_SUFFIXES = ['', '실행', '실행해줘', '실행해', '시작', '시작해줘', '해줘', '켜줘', '모드'];

/**
 * The grammar of a routine's time and name (routines.ts builds its patterns from these once):
 * "매주 월요일마다 …", "7시 반에 …", "오후 3시 10분마다 …", "외출 루틴 꺼 줘".
 */
export const ROUTINE_GRAMMAR = {
  weekly: '매주',
  /** A day's first syllable, then 요일 ("월요일"). */
  dayLetters: '월화수목금토일',
  dayWord: '요일',
  /** After the time: at, or every (마다 makes it recurring). */
  atMarks: ['마다', '에', '에는'],
  every: '마다',
  hour: '시',
  half: '반',
  minute: '분',
  /** The word that names a routine, and the particles after it. */
  routine: '루틴',
  routineMarks: ['을', '를', '은', '는'],
};

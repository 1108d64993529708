/**
 * Words of how things are said (issue #13, fixer fx5; data only): people who can be the subject of
 * a report ("동생이 자꾸 에어컨 켜"), nouns of cause after a verb ("추운 바람에"), forgetting asked
 * ("잠그는 거 깜빡했나?"), music hung on ("음악 좀 걸어 줘"), and the verbs, endings and words of the
 * seventh round (lex.ts adds them to the static lexicon).
 */
import type { VerbKey } from './words.js';

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

/**
 * Heating mats said by their own word ("장판 좀 넣어 줘", "전기매트 넣자"): 넣다 of a heating is switching it on, also
 * of a mat the home knows as a plug (frame.ts; fixer fx46).
 */
export const HEAT_MAT_WORDS = ['장판', '전기장판', '전기매트', '온수매트', '온열매트', '전기요', '카본매트'];

/** Verbs of the seventh round (lex.ts adds them beside VERBS). */
export const USAGE_VERBS: Partial<Record<VerbKey, string[]>> = {
  on: [
    // a fire lit in a heating ("장판에 불 좀 넣어 줘", "보일러 불 때 줘"); "불 때문에" is none
    '불 넣어',
    '불 좀 넣어',
    '불 좀 때',
    '불 때 줘',
    '불 때라',
    '불 지펴',
    // a device bidden to come on ("티비 나와라", "불 켜져라")
    '나와라',
    '켜져라',
    '켜져 봐',
    '켜져 봐라',
    // dialect 써 for 켜 ("불 좀 써", "불 써라"), of lights only (usage.ts)
    '써',
    '써라',
    // English said in Korean ("거실 불 on 해 줘"); a whole English word only (cause.ts)
    'on',
    'turn on',
  ],
  off: [
    '꺼져라',
    '꺼져 봐',
    'off',
    'turn off',
    // "안방 불 끄는 거 깜빡했어": forgotten, told (asked, "깜빡했나?", it is a state question: usage.ts)
    '끄는 거 깜빡',
    '끄는 걸 깜빡',
    '끄는 거 까먹',
    '끄는 거 잊',
    '끄는 걸 잊',
  ],
  lock: ['잠그는 거 깜빡', '잠그는 걸 깜빡', '잠그는 거 까먹', '잠그는 거 잊', '잠그는 걸 잊'],
  open: ['open'],
  close: ['close', '클로즈', '클로스'],
  up: ['up'],
  down: ['down'],
  play: [
    'play',
    // leave asked to watch or listen is asked for it ("티비 좀 봐도 돼요?")
    '봐도 돼',
    '봐도 되',
    '봐도 될까',
    '들어도 돼',
    '들어도 되',
    '들어도 될까',
  ],
  pause: ['pause'],
  next: ['skip', 'next'],
  // a machine told to get to work ("로봇청소기 일해라", "세탁기 일 좀 해")
  start: ['start', '일해', '일 해', '일 좀 해', '일하자', '일 시작'],
  stop: ['스탑', 'stop'],
  mute: ['mute'],
};

/** A washer course said by what it does ("빨리 끝나는 코스로 돌려"). */
export const USAGE_MODES: Array<[string[], string]> = [
  [
    ['빨리 끝나는', '빨리끝나는', '금방 끝나는', '빨리 되는', '빠른 코스', '짧은 코스', '제일 빠른 코스'],
    'Quick',
  ],
];

/** As strong as it goes ("에어컨 빵빵하게", "볼륨 max"): the max modifier and the high fan speed. */
export const FULL_BLAST = ['빵빵하게', '빵빵히', '빵빵'];
export const MAX_WORDS = ['max', ...FULL_BLAST];

/** Request endings: an elder's plain-formal (주게), Jeolla's emphatic 불다 (never the light 불). */
export const USAGE_ENDINGS = [
  '주게',
  '주게나',
  '주시게',
  '불랑께',
  '불랑게',
  '불랑가',
  '불자',
  '부러라',
  '불그라',
];

/** Talk: makes weighed one by one ("딤채가 나아 비스포크가 나아?"), upkeep asked ("청소는 언제 해야 돼?"). */
export const USAGE_CHAT = [
  '가 나아',
  '이 나아',
  '언제 해야',
  '언제 해 줘야',
  '언제 하는 게',
  '언제 갈아',
  '언제 바꿔',
  '언제 교체',
  '청소 주기',
  '교체 주기',
];

/** Asking what to do, said as a request ("주방 좀 어떻게 해 봐라"): fillers beside 어떻게 해 봐. */
export const USAGE_FILLERS = [
  '어떻게 해 봐라',
  '어떻게 좀 해 봐라',
  '어떻게 해 봐요',
  '어떻게 좀 해 봐요',
  '어떻게 해 주세요',
  '어떻게 좀 해 주세요',
];

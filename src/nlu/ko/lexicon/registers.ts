/**
 * Endings of registers and regions the other lists lacked (issue #13, lexicon breadth; helper lxe), as
 * data: request endings read after a verb or another ending, the formal question endings, and the few
 * verb forms whose stem changes with the ending (ㄹ dropped before 시/세/소, Jeju's ㅂ서 fused to the stem).
 * Matched spacing-insensitively like words.ts.
 */
import type { Lex } from '../lex.js';
import type { AttrKey, VerbKey } from './words.js';

/** Request endings after a verb ("켜유", "켜게나", "닫으세요", "꺼 줍서"), spread into REQUEST_ENDINGS. */
export const REGISTER_REQUEST_ENDINGS = [
  // Chungcheong 해요체 after the verb's 어 form ("불 켜유", "꺼유"; 해유 is there already)
  '유',
  // the casual honorific and Chungcheong 하슈 ("불 좀 켜셔", "꺼 주슈" is there; "끄슈")
  '셔',
  '슈',
  // Jeolla 하씨요 ("불 꺼씨요", "끄씨요")
  '씨요',
  '씨오',
  // an elder's 하게나 ("불 좀 켜게나", "끄게나")
  '게나',
  // Jeju 줍서 ("불 켜 줍서", "켜줍서")
  '줍서',
  '줍써',
  '줍서예',
  // "it would do if you …" of Jeolla and Chungcheong ("꺼 주면 쓰겄다")
  '면 쓰겄다',
  '면 쓰것다',
  '면 쓰겠다',
  '면 쓰겄어',
  '면 쓰겄는디',
  '면 좋겄다',
  '면 좋것다',
  '믄 좋겄다',
  '믄 쓰겄다',
  // a consonant stem takes 으 before the honorific and regional endings ("커튼 닫으세요", "닫으소", "닫으랑께")
  '으세요',
  '으십시오',
  '으시오',
  '으소',
  '으셔',
  '으슈',
  '으씨요',
  '으쇼',
  '으이소',
  '으라',
  '으랑께',
  '으시지요',
  '으셔유',
  '으세유',
  '으시게',
  '읍서',
  // formal requests asked as questions ("켜 주실 수 있겠습니까?", "켜 주시지 않겠습니까?")
  '실 수 있겠습니까',
  '실 수 있겠어요',
  '실 수 있으세요',
  '시지 않겠습니까',
  '시지 않겠어요',
  '시지 않을래요',
  '지 않겠습니까',
  '시는 거 가능할까요',
  '시는 거 가능한가요',
  '시는 거 가능해요',
  '는 거 가능할까',
  '는 거 가능할까요',
  '는 거 가능한가요',
  // the honorific let's ("켜십시다") and a request insisted on ("켜란 말이야")
  '십시다',
  '란 말이야',
  '란 말이에요',
  '란 말이다',
  '란 말여',
  // 셨 misspelt 셧 ("켜 주셧으면 좋겠어요")
  '셧으면',
  '셧으면 좋겠어요',
  '셧으면 좋겠습니다',
  '셧으면 해요',
  // a wish said to the assistant ("켜 주면 좋을 텐데", "켜 주실 수 있으면 좋겠어요")
  '면 좋을 텐데',
  '면 좋을텐데',
  '실 수 있으면 좋겠어요',
  '실 수 있으면 좋겠습니다',
  '실 수 있으면 감사하겠습니다',
];

/**
 * The formal endings fused to a stem: let's, 시다 after a syllable ending in ㅂ ("켭시다" is 켜 + ㅂ시다)
 * or 읍시다 after a consonant stem ("닫읍시다"); the question, 니까 after ㅂ ("나옵니까", "됩니꺼").
 * formal-fused.ts reads them as 켜자, 닫자, 나오나.
 */
export const FUSED_LETS = ['시다', '읍시다'];
export const FUSED_ASK = ['니까', '니꺼', '니까요'];

/** "켜 주면 안 되겄소?", "안 된당가?": more regional tails of a request asked as whether it may be done. */
export const MORE_MAY_TAILS = [
  '되겄소',
  '되겠소',
  '된당가',
  '되겄는가',
  '되것는가',
  '되겄능가',
  '되남유',
  // 돼 misspelt as typed or written by a recognizer ("켜 주면 안 되요?", "안대?")
  '되요',
  '되여',
  '돼여',
  '대',
];

/** Formal question endings ("거실 몇 도입니까?", "현관문 잠겼습니까?"): not the 니까 of a reason. */
export const FORMAL_QUESTION_ENDS = [
  '습니까',
  '입니까',
  '읍니까',
  '습니꺼',
  '입니꺼',
  '습니까요',
  '습니까예',
  '됩니까',
  '됩니꺼',
  // 이에요 misspelt ("몇 도에요?")
  '에요',
];

/** "꺼 볼래?", "닫아 보자": 보다 after another verb is "try doing", a request ending, not "watch". */
export const TRY_AUX = ['볼래', '볼래요', '보자', '볼까', '볼까요'];

/**
 * Verb forms whose stem changes with the ending: 틀다 and 열다 drop ㄹ before 시, 세, 소 and 쇼 ("에어컨
 * 트세요", "문 여시오"); Jeju fuses ㅂ서 to a vowel stem ("불 켭서", "끕서"); Gyeongsang 치라 is 쳐라.
 */
export const REGISTER_VERB_FORMS: Partial<Record<VerbKey, string[]>> = {
  on: [
    '켭서',
    // 키다, the everyday and Gyeongsang 켜다, before the endings 켜 takes ("불 키 놔라", "키세요", "키이소");
    // bare 키 is height or a key, so each form is listed whole
    '키 놔',
    '키 놔라',
    '키 놔 줘',
    '키 놓거라',
    '키 둬',
    '키 둬라',
    '키 보이소',
    '키 봐라',
    '키 불어',
    '키 부러',
    '키 줄래',
    '키 줄래요',
    '키 주실래요',
    '키 주시겠어요',
    '키세요',
    '키십시오',
    '키시오',
    '키이소',
    '키쇼',
    '키셔',
    '키슈',
    '키 주슈',
    '킵서',
  ],
  off: ['끕서'],
  play: [
    '트세요',
    '트십시오',
    '트시오',
    '트소',
    '트쇼',
    '트셔',
    '트슈',
    '트씨요',
    '트시게',
    '틉서',
    '트자',
    '트시자',
    '트시',
    '트시고',
  ],
  open: ['여시고', '여세요', '여십시오', '여시오', '여소', '여쇼', '여셔', '여슈', '여씨요'],
  close: ['치라', '치라 마', '치이소', '치소', '치쇼', '칩서'],
  down: ['줄입서', '낮춥서', '내립서'],
  up: ['올립서', '높입서'],
  start: ['돌립서'],
  // how something is, asked in other registers ("거실 온도는 어떻습니까?", "어떻소", "어떻슈")
  query: [
    '어떻습니까',
    '어떻습니꺼',
    '어떻소',
    '어떻슈',
    '어떻노',
    '어떠노',
    '어떤교',
    '어떠냐',
    '어떠니',
    '어떻던가',
  ],
};

/** "거실 몇 도에요?": 이에요 misspelt after 도 asks the reading, not "at how many degrees" (몇 도에). */
export const REGISTER_ATTR_FORMS: Partial<Record<AttrKey, string[]>> = {
  temperature: ['몇 도에요', '몇 도에유', '몇 도임', '몇 도임?'],
};

/** The verb and attribute forms above as lexicon entries (lex.ts adds them to the static trie). */
export const REGISTER_WORDS: Array<[string[], Lex]> = [
  ...Object.entries(REGISTER_VERB_FORMS).map(([v, w]): [string[], Lex] => [
    w,
    { t: 'verb', v: v as VerbKey },
  ]),
  ...Object.entries(REGISTER_ATTR_FORMS).map(([v, w]): [string[], Lex] => [
    w,
    { t: 'attr', v: v as AttrKey },
  ]),
];

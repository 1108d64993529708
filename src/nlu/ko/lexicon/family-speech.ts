/**
 * More words of every speaker of a family (issue #13, natural-9 R widened, fixer fx10; data only):
 * requests asked as whether they may or can be done, honorifics and regional endings, likenesses of a
 * light, comfort and coming said as talk, slips and never minds, names called and replacing a device.
 * lex.ts adds them to the static lexicon (family.ts holds the rest).
 */

import { MORE_MAY_TAILS } from './registers.js';

/** "켜 주면 안 되겠나?", "꺼 주면 안 될까유?": a request asked as whether it may be done, every region's ending. */
const MAY_TAILS = [
  '되겠나',
  '되겠노',
  '되겠능교',
  '되것나',
  '되것냐',
  '되겄냐',
  '되겄어',
  '되겄어요',
  '되것소',
  '될까유',
  '될까예',
  '되겄슈',
  '되나유',
  '돼유',
  '되능교',
  '되는교',
  '될랑가',
  '될란가',
  '되제',
  '되긋나',
  ...MORE_MAY_TAILS,
];
export const MAY_ENDINGS = ['면 안 ', '주면 안 '].flatMap((head) =>
  MAY_TAILS.map((tail) => `${head}${tail}`),
);

/** A sound that hurts the ears ("귀 따갑다", "고막 나가겠다"): too loud, not the air too dry. */
export const EAR_LOUD = [
  '귀 따갑',
  '귀가 따갑',
  '귀 따가워',
  '귀가 따가워',
  '귀청',
  '고막',
  '귀 터지',
  '귀 먹겠',
  '귀 떨어지',
];

/** A light likened to a place or a lamp ("형광등처럼", "호텔 같은 느낌으로"): its tone, as kelvin. */
const TONE_PLACES: Array<[string[], number]> = [
  [['형광등', '사무실', '병원', '교실', '편의점', '수술실'], 6500],
  [['백열등', '호텔', '카페', '캠핑장', '모닥불'], 2700],
];
const LIKE = ['처럼', '같이', ' 같은', ' 같게', ' 느낌', ' 분위기', '마냥', '맹키로', '맨치로', '매로'];
export const TONE_LIKE: Array<[string[], number]> = TONE_PLACES.map(([places, k]) => [
  places.flatMap((p) => LIKE.map((like) => `${p}${like}`)),
  k,
]);

/** Comfort said in an elder's or a region's words ("바람 참 시원타", "방이 뜨시네"): small talk. */
export const COMFORT_SAID = [
  '시원타',
  '시원허다',
  '시원허네',
  '시원혀',
  '시원하구먼',
  '시원하구마',
  '따시다',
  '따시네',
  '뜨시다',
  '뜨시네',
  '따땃하다',
  '따땃하네',
  '따숩다',
  '따숩네',
  '따뜻하구먼',
  '뜨뜻하다',
  '뜨뜻하네',
];

/** "잠이 온다", "비 온대": coming, which is no 온 (on). */
export const COMING_WORDS = [
  '잠이 온다',
  '잠 온다',
  // sleep that will not come ("더워서 잠이 안 온다"; fixer fx46)
  '안 온다',
  '안 온대',
  '안 온다고',
  '안 온다니까',
  '비가 온다',
  '비 온다',
  '눈이 온다',
  '눈 온다',
  '온대',
  '온다고',
  '온단다',
  '온다카이',
  '온데이',
  '온당께',
  '온대유',
  '온댜',
];

/**
 * Requests in a grandchild's or a guest's honorifics ("문 열어 드려", "불 끄시지요", "꺼 주실랍니까"):
 * request endings read right after a verb.
 */
export const HONORIFIC_ASKS = [
  '드려',
  '드려라',
  '드리라',
  '드려요',
  '드려유',
  '드리세요',
  '드리소',
  '드려 줘',
  '드려 주세요',
  '시지요',
  '시죠',
  '시지예',
  '시지유',
  '십시다',
  '실랍니까',
  '실라우',
  '실래예',
  '실랑가',
  '주실랍니까',
  '주실라우',
  '주실래예',
];

/** "커튼 치 도", "치 주이소": Gyeongsang 쳐 (close a curtain). */
export const CLOSE_SAID = ['치 도', '치 도고', '치 주라', '치 주이소', '치 주소', '치 주세요', '치 줘'];

/** "이전 채널", "아까 채널로": the channel before, said as one word with 채널. */
export const PREV_CHANNEL = [
  '전 채널',
  '앞 채널',
  '아까 채널',
  '아까 보던 채널',
  '방금 채널',
  '방금 보던 채널',
];

/** "2도 업", "볼륨 3 다운": a number then a loanword direction is an amount up or down. */
export const UP_BY = ['업'];
export const DOWN_BY = ['다운'];

/** "아이고 내 정신 봐라", "잘못 말했다": the speaker catching their own slip corrects what came before. */
export const OWN_SLIP = [
  // Gyeongsang 아니다, 아니지
  '아이다',
  '아이지',
  '아이제',
  '내 정신 봐라',
  '내 정신 봐',
  '내 정신 좀 봐',
  '내 정신 좀 봐라',
  '정신 좀 봐',
  '내 정신이야',
  '아이고 내 정신',
  '잘못 말했다',
  '잘못 말했어',
  '잘못 말했네',
  '말을 잘못했네',
  '말 잘못했다',
  '헛말했다',
];

/** "아 됐다 고마", "고마 치아라": Gyeongsang for never mind, calling off what came before. */
export const CALL_OFF = [
  '됐다 고마',
  '고마 됐다',
  '마 됐다',
  '됐다 마',
  '고마 치아라',
  '치아라 마',
  '됐슈',
  '됐당께',
  '관둬라',
  '관둬',
];

/** Interjections before a plain never-mind (됐다, 그냥 둬) said after the request: "청소기 돌려, 아 됐다". */
export const CALL_OFF_SIGHS = [
  '아',
  '에이',
  '아이',
  '아우',
  '어휴',
  '아휴',
  '에휴',
  // fixer fx17: sighs the tokenizer splits or does not know
  '에잇',
  '에이씨',
  '아이고',
  '아이구',
  '에구',
  '하',
  '하아',
  '휴',
  '휴우',
  '후',
];

/** Calling a device names ("바보", "고물"): talk about it, not a request. */
export const NAME_CALLING = [
  '바보',
  '멍청',
  '멍텅구리',
  '고물',
  '구닥다리',
  '골동품',
  '애물단지',
  '똥멍청이',
  '돈값',
  '밥값',
];

/** Replacing a device ("이 고물 티비 언제 바꾸노", "세탁기 바꿀 때 됐다"): talk about buying, not a setting. */
export const REPLACE_TALK = [
  '언제 바꾸',
  '언제 바꿔',
  '언제 바꿀',
  '바꿀 때',
  '바꿀 때가',
  '새 걸로 바꿔',
  '새 거로 바꿔',
  '갈아치워',
  '갈아치울',
];

/** "켜는 거 가능할까요?", "꺼 주는 거 돼요?": a request said as whether the doing is possible. */
export const POSSIBLE_ASKS = ['는 거 ', '는 게 ', '기 ', ''].flatMap((head) =>
  [
    '가능할까요',
    '가능해요',
    '가능한가요',
    '가능하니',
    '가능해',
    '가능할까',
    '가능합니까',
    '가능하신가요',
    '될까요',
    '돼요',
    '되나요',
  ].map((tail) => `${head}${tail}`),
);

/** Jeolla and Chungcheong imperative endings after a verb ("끄쇼", "켜쇼잉"). */
export const SHO_ENDINGS = ['쇼', '쇼잉', '시쇼', '쑈', '소잉'];

/** "거시기", "뭐시기": a placeholder word that asks nothing. */
export const PLACEHOLDERS = ['거시기', '뭐시기', '머시기', '거시기한'];

/** "KBS2 말이다", "안방 거 말이여": the part meant, said after the fact, in an elder's words. */
export const MEANT_AFTER = [
  '말이다',
  '말이야',
  '말이에요',
  '말이여',
  '말잉께',
  '말이라',
  '말이제',
  '말이유',
  '말입니다',
];

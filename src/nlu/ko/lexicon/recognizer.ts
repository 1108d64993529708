/**
 * Speech-recognizer output (issue #13, fixer fx38): the shapes a recognizer writes that no other word list
 * holds. Spacing is kept where it says so.
 */

/**
 * The request ending 줘 heard as 져 or 저 and written as a word of its own after the verb ("불 켜 져", "문 잠가
 * 져", "23도로 맞춰 져 요"): ju-heard.ts reads it as 줘. Glued ("켜져", "잠가져") it is the state or the passive
 * and is left alone.
 */
export const JU_HEARD = ['져', '져요', '저', '저요'];

/**
 * What may follow 져 when it is the state or the passive said with a space ("꺼 져 있어", "켜 져 버렸어", "꺼 져
 * 서", "켜 져 야"): the first syllables of the next word. Then 져 is left as it is.
 */
export const JU_HEARD_NOT_BEFORE = ['있', '버', '서', '야', '도', '지', '가', '는', '고', '라', '있어', '잇'];

/**
 * Said while searching for a word in the middle of a request ("에어컨 온도 뭐지 24도로", "볼륨 뭐야 20", "그 뭐냐 그거 좀 꺼
 * 줘"): the ending after 뭐 (what). Said last, or before a question, they ask (search-word.ts).
 */
export const SEARCH_TAILS = ['지', '냐', '야', '였지', '였더라', '라 그러지', '라고 하지', '라더라'];

/**
 * Device words as a recognizer mishears them (에/애, 어/아, ㅓ/ㅡ, ㅋ/ㄱ, ㅌ/ㄷ, 비/뷔, 기/끼, a 받침 dropped or
 * changed), spread into KINDS of words.ts: misspellings kept on purpose.
 */
export const HEARD_KINDS: Array<[string[], { kinds: string[]; cls?: string }]> = [
  [['애어콘', '애어켠', '애컨', '애어컨디셔너'], { kinds: ['aircon'] }],
  [['에아컨', '애아컨', '에어큰'], { kinds: ['aircon'] }],
  // (뽀일러 and 보일라 as elders say it too)
  [['보이러', '뽀일러', '보일라', '보일르'], { kinds: ['heating'] }],
  [['현관 물', '현관뭄', '현간문', '형관문'], { kinds: ['lock'] }],
  [['커든', '거튼'], { kinds: ['cover'], cls: 'curtain' }],
  [['티뷔', '티부이', '티븨'], { kinds: ['tv'] }],
  [['공기청정끼', '공기 청정끼', '청정끼'], { kinds: ['purifier'] }],
];

/**
 * What follows the ones of a number said in two words ("이십 어 육 도", "스물 음 다섯 칸으로"): units and
 * particles that end the number (number-hesitation.ts).
 */
export const NUMBER_FOLLOWERS = [
  '도',
  '번',
  '로',
  '으로',
  '프로',
  '퍼',
  '칸',
  '%',
  '단계',
  '까지',
  '이요',
  '요',
];

/**
 * "켜 주면 돼" (doing it is all that is wanted; 되 as a recognizer writes 돼) after a verb that took the 주 ("켜주" +
 * 면 + 돼): ju-will-do.ts reads 면 and these as the request's ending. Said after 주 written apart, REQUEST_ENDINGS
 * of speech.ts hold the whole ending.
 */
export const WILL_DO = ['돼', '되', '돼요', '되요', '된다', '됩니다', '됨'];

/**
 * Rooms as a recognizer writes them with the last 받침 dropped or changed ("안바 불", "주바", "현과"), spread into
 * ROOM_WORDS of rooms.ts. 거시 (거실) is left out: it begins the filler 거시기.
 */
export const ROOM_HEARD: Array<[string[], string[]]> = [
  [['안방'], ['안바', '안밤']],
  [
    ['주방', '부엌'],
    ['주바', '부억'],
  ],
  [['아이방'], ['아이바']],
  [['작은방'], ['작은바', '자근방', '자근바']],
  [['현관'], ['현과']],
];

/** Letters of a Latin name a recognizer writes with another Hangul reading (MBC → 엠비시, JTBC → 제이티비시). */
export const LETTER_HEARD: Record<string, string> = { c: '시' };

/**
 * Endings of a manner, a time or a clause said before lock or unlock ("확실히", "제대로", "단단하게", "깨끗이", "자기
 * 전에", "나가면", "나가니까"): not a thing named (lock-unknown.ts).
 */
export const ADVERB_ENDS = [
  '히',
  '게',
  '로',
  '리',
  '껏',
  '이',
  '번',
  '만',
  '에',
  '서',
  '면',
  '까',
  '전',
  '후',
  '때',
];

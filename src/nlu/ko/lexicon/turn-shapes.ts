/**
 * Short words, syllables and endings that turn and clause rules look for, moved out of their code (fx47):
 * each file named builds its set or pattern from these once, at load. See also clause-shapes.ts.
 */

/** Marks of a request passed on ("켜래", "끄라고", "켜 달래", "보라셔": long-turn.ts). */
export const PASSED_ON_MARKS = [
  '래',
  '래요',
  '라고',
  '라셔',
  '라셨',
  '라시',
  '달래',
  '달라',
  '라는',
  '라던',
  '대',
];

/** How leave asked begins after 도 ("켜 놔도 돼?", "꺼도 될까", "…괜찮아?": long-turn.ts). */
export const LEAVE_ASKED_BEGINS = ['돼', '될까', '되나', '되지', '되겠', '되니', '되냐', '되려나', '괜찮'];

/** Words that join a request to what follows (long-turn.ts#askedThen). */
export const LONG_AND_THEN = ['그리고', '그리구', '그리고또'];

/** How a look asked begins ("봐 줘", "확인해 줘": long-turn.ts). */
export const LOOK_BEGINS = ['봐', '확인'];

/** Syllables that end a sentence of talk in a long turn (long-turn.ts). */
export const LONG_TURN_FINAL = ['다', '어', '요', '네', '지', '야'];

/** How leave to watch or listen begins ("봐도 돼?", "들어도 돼?": usage.ts). */
export const WATCH_LEAVE_BEGINS = ['봐도', '들어도'];

/** Parts of a word that make it a light's (usage.ts). */
export const LIGHT_WORD_PARTS = ['불', '등', '조명'];

/** Endings of recalling ("몇 도로 해 놨더라", "…였지": usage.ts). */
export const RECALL_ENDS = ['더라', '더라고', '던가', '었지', '였지'];

/** How words that ask which or how many begin, 얼마 aside (usage.ts). */
export const WHICH_ASKED = ['몇', '무슨', '뭐', '어느'];

/** Parts of a word of forgetting, told ("깜빡했어", "까먹었어", "잊어버렸어": usage.ts). */
export const FORGOT_TOLD_PARTS = ['깜빡', '까먹', '잊'];

/** What may follow a verb and leave it plain (켜 놔, 켜 놓아, 켜 둬, 켜 놓고: usage.ts). */
export const PLAIN_AFTER_VERB = ['놔', '놓아', '둬', '놓고'];

/** Endings of what someone else says or does, reported ("…한대", "…하는데", "…싶어해": usage.ts). */
export const REPORTED_ENDS = ['대', '래', '는데', '라', '래요', '대요', '싶어해', '니다'];

/** Marks of a request's 주다 ("켜 줘", "꺼 주세요", "해 주시겠어요", "켜 줄래", "꺼 주라": report.ts, usage.ts). */
export const ASK_MARKS = ['줘', '주세', '주시', '줄래', '주라'];

/** The same said by elders and in the regions ("켜 주게", "꺼 주이소", "켜 주소", "꺼 주쇼": usage.ts). */
export const ASK_MARKS_REGIONAL = ['주게', '주이소', '주소', '주쇼'];

/** Parts of a verb of switching or running, reported of someone ("틀어", "켜", "해 놔", "돌려": report.ts). */
export const REPORTED_DOING = ['틀', '켜', '키', '해', '놔', '놓', '올려', '돌려'];

/** A wish to watch said alone ("안방 가서 볼래": wish.ts). */
export const WISH_TO_WATCH = ['볼래', '볼게', '볼래요', '볼게요'];

/** Endings that join an unknown verb to the next clause ("…하고", "…하구", "…하면서": unknown-joined.ts). */
export const JOINED_ENDS = ['고', '구', '면서'];

/** A purpose of watching between two words ("좀 보게", "보게": watch-purpose.ts). */
export const WATCH_PURPOSE = { soft: '좀', word: '보게' };

/** How a setting asked begins ("몇 도로 해 놨어", "얼마로": setting-asked.ts). */
export const SETTING_ASKED = ['몇', '얼마'];

/** How a question of time or amount begins ("언제", "얼마나", "몇": turn.ts). */
export const TIME_ASKED_BEGINS = ['언제', '얼마나', '몇'];

/** Syllables with a final ㅆ that are no past tense (있, 겠, 겄, 없: remark.ts). */
export const NOT_PAST_SYLLABLES = ['있', '겠', '겄', '없'];

/** Particles of an adnominal state before a device ("켜져 있는", "켜진", "켜져 있는 거인": lit.ts). */
export const ADNOMINAL_PARTICLES = ['는', '은', '인'];

/** Particles a genre word may end with ("뉴스로", "만화나": genre-none.ts). */
export const GENRE_PARTICLES = ['으로', '로', '을', '를', '이나', '나'];

/** Particles after a value that make it the value to reach ("3도로", "20까지", "24도에서": extract.ts). */
export const REACH_PARTICLES = ['로', '으로', '까지', '에', '에다', '에서', '로해', '으로해'];

/** Nouns that are an action of their own (청소: extract.ts). */
export const NOUN_VERB_WORDS = ['청소'];

/** Parts of a verb that leave something so ("켜 놓고", "켜 둬", "놨어": asked-mid.ts). */
export const LEFT_SO_PARTS = ['놓', '두', '놔', '둬', '놨', '뒀'];

/** A glow, in the idiom of light (idiom-verbs.ts). */
export const GLOW_WORD = '빛';

/** Marks of a ventilator in a device's name (home.ts). */
export const VENT_MARKS = ['환기', '전열교환', '환풍', 'ventilat', 'erv'];

/**
 * Single words and syllables that one rule each looks for, by what they are to it: 좀 (softener: cut-off.ts), 코스
 * (a course: course.ts), 때문 (because: cause-after.ts), 다됐 (all done: done-never.ts), 중 (the middle speed:
 * midst.ts), 잠깐 (a moment: moment.ts), 주 (the 주 of a request: ju-tail.ts, ju-will-do.ts), 면 (if:
 * ju-will-do.ts), 는데 (a clause of context: genre-place.ts), 로 (to: genre-place.ts, channel-named.ts), 거다 (a
 * thing's: brand-all.ts), 아예 (outright: correct.ts), 수 (can: aspect-asked.ts), 다 and 다음 (all, next:
 * after-next.ts), 도 (also: complaint-first.ts), 꺼 (a make's thing: make-thing.ts), 취소 (cancel:
 * never-after-aside.ts).
 */
export const RULE_WORDS = {
  soft: '좀',
  course: '코스',
  because: '때문',
  allDone: '다됐',
  midst: '중',
  moment: '잠깐',
  ju: '주',
  if: '면',
  context: '는데',
  to: '로',
  thingOf: '거다',
  outright: '아예',
  can: '수',
  all: '다',
  next: '다음',
  also: '도',
  own: '꺼',
  cancel: '취소',
};

/** Sounds of searching for a word beside the hesitations (저기, 그, 저: past-filler.ts). */
export const SEARCH_SOUNDS = ['저기', '그', '저'];

/** The syllable a condition's connective ends in ("열면", "켜면"): lit.ts reads no request after it. */
export const IF_SYLLABLE = '면';

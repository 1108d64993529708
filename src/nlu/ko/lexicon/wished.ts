/**
 * Wishes for a state said as whether it may be so, and wishes that name the state the person does not have
 * (fixer fx32, issue #13's indirect requests; data only, lex.ts adds them to the static lexicon):
 * "거실이 좀 밝으면 안 되나" asks the room brighter as "밝았으면 좋겠다" does; "티비 소리가 좀 작았으면
 * 좋겠다" is the complaint that it is too loud, "안방이 좀 덜 추웠으면 좋겠네" that it is too cold.
 */

import {
  WISH_TAILS,
  WISHED_BRIGHTER_NOW,
  WISHED_COOLER_NOW,
  WISHED_DIMMER_NOW,
  WISHED_WARMER_NOW,
} from './asked-state.js';
import type { Sense } from './speech.js';

/** "…면 안 되나?": a wish asked as whether it may be so, after a present stem ("밝으", "따뜻하"). */
const MAY_BE_TAILS = [
  '면 안 되나',
  '면 안 되나요',
  '면 안 돼',
  '면 안 돼요',
  '면 안 될까',
  '면 안 될까요',
  '면 안 되냐',
  '면 안 되니',
  '면 안 되겠나',
  '면 안 되겠니',
  '면 안 되겠어',
  '면 안 되남',
  '면 안 되노',
  '면 안 되는교',
  '면 안 될랑가',
  '면 안 되까',
];

/** Present stems of colder, which a refrigerator or a room may be wished ("좀 더 차가우면 안 되나"). */
const COLDER_NOW = ['차가우', '차갑', '시원하', '선선하', '서늘하'];

/** Past stems of colder ("냉장고가 좀 더 차가웠으면 좋겠어"). */
const COLDER_PAST = ['차가웠', '차가워졌', '차가왔', '찼', '차갑게 됐', '시원하게 됐'];
/** Past stems of warmer and brighter said with 게 되다 ("좀 따뜻하게 됐으면"). */
const WARMER_PAST = ['따뜻하게 됐', '따듯하게 됐', '밝게 됐', '환하게 됐'];

/** "밝으면 안 되나": a state wished as whether it may be so, 'up' (warmer, brighter) or 'down'. */
export const MAY_BE_TONES: Array<[string[], 'up' | 'down']> = [
  [
    [
      ...[...WISHED_WARMER_NOW, ...WISHED_BRIGHTER_NOW].flatMap((s) => MAY_BE_TAILS.map((t) => s + t)),
      ...WARMER_PAST.flatMap((s) => WISH_TAILS.map((t) => s + t)),
    ],
    'up',
  ],
  [
    [
      ...[...new Set([...COLDER_NOW, ...WISHED_COOLER_NOW, ...WISHED_DIMMER_NOW])].flatMap((s) =>
        MAY_BE_TAILS.map((t) => s + t),
      ),
      ...COLDER_PAST.flatMap((s) => WISH_TAILS.map((t) => s + t)),
    ],
    'down',
  ],
];

/**
 * A wish for the state the person lacks, as the complaint of the state they have: a past stem takes
 * WISH_TAILS ("작았 + 으면 좋겠다"), a present stem the same without 으 or MAY_BE_TAILS ("작으 + 면 안 되나").
 * Size words (big, small) only act with a sound or a volume named (remedy.ts).
 */
const WISHED_AGAINST: Array<[string[], string[], Sense]> = [
  // [past stems, present stems, the complaint said by wishing the opposite]
  [['작았', '작아졌', '줄었'], ['작으', '작아지'], 'big'],
  [['컸', '커졌'], ['크', '커지'], 'small'],
  [['조용했', '조용해졌', '덜 시끄러웠', '안 시끄러웠'], ['조용하', '덜 시끄러우', '안 시끄러우'], 'loud'],
  [['덜 추웠', '안 추웠'], ['덜 추우', '안 추우'], 'cold'],
  [['덜 더웠', '안 더웠'], ['덜 더우', '안 더우'], 'hot'],
  [['덜 어두웠', '안 어두웠', '덜 깜깜했'], ['덜 어두우', '안 어두우'], 'dark'],
  [['덜 밝았', '덜 눈부셨', '안 눈부셨'], ['덜 밝으', '덜 눈부시', '안 눈부시'], 'bright'],
];

export const WISHED_COMPLAINTS: Array<[string[], Sense]> = WISHED_AGAINST.map(([past, now, sense]) => [
  [
    ...past.flatMap((s) => WISH_TAILS.map((t) => s + t)),
    ...now.flatMap((s) => [...WISH_TAILS.map((t) => s + t.slice(1)), ...MAY_BE_TAILS.map((t) => s + t)]),
  ],
  sense,
]);

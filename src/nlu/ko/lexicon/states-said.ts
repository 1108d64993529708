/**
 * Lexicon breadth for states and complaints (helper lxs, issue #13): more of the everyday words, clipped
 * and regional forms, and the spellings a recognizer writes, for what is wrong in a room or with a device.
 * Data only; speech.ts spreads SAID_WRONG into COMPLAINTS (remedies.ts says what fixes each sense).
 */
import type { Sense } from './speech.js';

/** "어두워서 눈 아파": eyes that hurt because the room is dark are the room's darkness, not a light too bright. */
const DARK_REASONS = ['어두워서', '어두우니까', '침침해서', '깜깜해서', '캄캄해서', '컴컴해서', '어둑해서'];
const EYES_HURT = [
  '눈 아파',
  '눈이 아파',
  '눈 아프',
  '눈이 아프',
  '눈 피곤',
  '눈이 피곤',
  '눈 침침',
  '눈이 침침',
];

export const SAID_WRONG: Array<[string[], Sense]> = [
  [
    [
      ...DARK_REASONS.flatMap((r) => EYES_HURT.map((e) => `${r} ${e}`)),
      // "캄캄해서 안 보여": not seeing because it is dark (안 보여 alone may be the sun on a screen)
      ...DARK_REASONS.flatMap((r) => ['안 보', '잘 안 보', '하나도 안 보'].map((e) => `${r} ${e}`)),
      // the recognizer's and the keyboard's 어두워 without its 워
      '어두어',
      '시커멓',
      '새카매',
      '새까매',
      '어둠침침',
      // a light too faint ("주방 불이 희미해"); 희미하게/흐리게 (dim it) are verbs and stay so
      '희미해',
      '희미하네',
      '희미하다',
      '흐릿해',
      '흐릿하네',
      '흐릿하다',
    ],
    'dark',
  ],
  [['눈부심', '너무 환하다', '너무 환하네'], 'bright'],
  [['싸늘', '쌀랑', '으실으실', '으시시', '차디차', '냉기가 돌', '냉기 돌', '추버라', '칩네'], 'cold'],
  [
    [
      '땀이 나',
      '땀이 난',
      '땀이 삐질',
      '땀 삐질',
      '삐질삐질',
      '땀 범벅',
      '더버라',
      '뜨거버',
      '숨 막히게 덥',
      '숨막히게 덥',
      '숨이 막히게 덥',
    ],
    'hot',
  ],
  [
    [
      ...[
        '요란',
        '씨끄러',
        '씨끄럽',
        '귀 찢어',
        '귀가 찢어',
        '귀를 찢',
        '귀 떨어지',
        '귀가 떨어지',
        '귀를 때',
        '고막을 때',
      ],
      // "소리 너무 빵빵해": 빵빵하게 alone is as loud as it goes (a request); with 너무 it is too loud
      ...['왕왕거', '왕왕 울려', '너무 빵빵'],
    ],
    'loud',
  ],
  [
    [
      ...['들릴락 말락', '들릴락말락', '들릴 듯 말 듯', '소리가 조그매', '소리가 조그마', '소리가 쬐끄매'],
      ...['모기 소리만', '모깃소리만', '개미 소리만'],
    ],
    'quiet',
  ],
  [
    [
      '쉰내',
      '찌든내',
      '곰팡내',
      '곰팡이 냄새',
      '비린내',
      '누린내',
      '지린내',
      '구린내',
      '꼬릿',
      '매캐',
      '냄새가 안 빠',
      '냄새 안 빠',
    ],
    'smell',
  ],
  [['공기가 무거', '공기가 텁텁', '공기가 탁', '공기 탁'], 'stuffy'],
  [
    ['미세먼지가 엄청', '먼지가 날', '먼지 날리', '먼지가 풀풀', '먼지 풀풀', '먼지가 자욱', '먼지 자욱'],
    'dust',
  ],
  [['축축', '습기가 차', '습기 차', '습기가 많', '습기 많', '끈끈'], 'humid'],
  [
    [
      '차갑지가 않',
      '차갑질 않',
      '미적지근',
      '냉기가 약',
      '냉기 약',
      '냉기가 없',
      '냉기가 안',
      '냉장이 잘 안',
      '냉장이 안 돼',
      '냉동이 잘 안',
      '냉동이 안 돼',
      '시원하질 않',
    ],
    'notcold',
  ],
  // the sun beating down ("햇빛이 쨍쨍해"): the room's covers, as the other words of the sun
  [['쨍쨍', '해가 쨍', '햇빛이 쨍', '햇볕이 쨍', '볕이 쨍', '내리쬐', '내리 쬐'], 'sun'],
  [['얼어붙', '얼어 버렸', '얼어버렸', '꽝꽝 얼'], 'toocold'],
  // "거실 건조한가?": asked with the adnominal stem (건조하 is in speech.ts)
  [['건조한가', '건조한지'], 'dry'],
];

/** "얼마나 밝아?": how much, said right before a state's word, asks its reading (how-much-asked.ts). */
export const HOW_MUCH = ['얼마나', '얼마만큼', '얼만큼', '얼마큼'];
/** What may follow the state's word when no question mark was written ("얼마나 밝아", "얼마나 춥니"). */
export const HOW_MUCH_ASKED_ENDS = [
  '',
  '아',
  '어',
  '니',
  '냐',
  '나',
  '야',
  '요',
  '아요',
  '어요',
  '해',
  '해요',
];

/**
 * How warm a room feels in everyday words beside 따뜻해 ("거실 따땃해?", "방이 뜨뜻하네"): asked, the room's
 * reading; said, a comfort (words.ts spreads them into the verb 'hot', remedies.ts into ROOM_FEEL and
 * COMFORT_WORDS).
 */
const WARM_STEMS = ['따땃', '뜨뜻', '따스', '훈훈', '뜨끈', '따순', '따신'];
export const WARM_SAID = WARM_STEMS.flatMap((s) => ['해', '하니', '하나', '한가', '해요'].map((e) => s + e));

/**
 * A device's state asked in other words: working (작동하고 있어?, 가동 중이야?), a cover down or up (내려가 있어?),
 * talk.ts spreads them into MORE_STATES.
 */
export const STATES_ASKED: Array<[string[], string]> = [
  [
    [
      '작동하고 있',
      '작동되고 있',
      '작동하는 중',
      '작동되는 중',
      '작동하는지',
      '작동되는지',
      '작동돼',
      '작동 돼',
      '작동되나',
      '작동하나',
      '가동 중',
      '가동하고 있',
      '가동되고 있',
      '가동되는지',
      // a cycle going on, said with the adnominal and 중 (fx30): "세탁기 도는 중이야?", "청소하는 중이니?"
      '도는 중',
      '도는중',
      '청소하는 중',
      '청소하는중',
      '충전하는 중',
      '충전하고 있',
    ],
    'on',
  ],
  // "거실 불 켜집니까?" (read back as 켜지나), "문 잠기냐?": a state verb's own stem (켜지다, 잠기다) asked
  [['켜지나', '켜지니', '켜지냐', '켜지는지'], 'on'],
  [['꺼지나', '꺼지니', '꺼지냐', '꺼지는지'], 'off'],
  [['잠기나', '잠기니', '잠기냐', '잠기는지', '잠겨지나'], 'locked'],
  [['열리나', '열리니', '열리냐', '열리는지', '열려지나'], 'open'],
  [['닫히나', '닫히니', '닫히냐', '닫히는지', '닫겨지나'], 'closed'],
  [['내려가 있', '내려와 있', '내려가 있는지'], 'closed'],
  [['올라와 있', '올라가 있는지', '걷혀 있는지'], 'open'],
];

/** "거실 온도 적당해?": whether a reading is all right, asked as 괜찮아 is (words.ts spreads it into 'query'). */
export const FITTING_ASKED = ['적당하니', '적당하나', '적당한가'];

/** "빨래 다 빨았어?": the wash done, asked in the everyday verb (words.ts spreads it into 'remaining'). */
export const DONE_SAID = ['다 빨았', '빨래 다 빨'];

/**
 * Forms of complaints the lexicon lacked (fixer fx40, issue #13 indirect requests as a matrix, data only):
 * the adnominal before 것 같아/거 같아 ("큰 것 같아", "눈부신 것 같아"), the plain and -잖아 endings of
 * adjectives whose other endings were known ("환하잖아", "뜨겁다"), the adnominal before an emphatic 거야 ("왜 이리 더운 거야"), honorific not hearing ("잘 못
 * 들으셔"), and a light's colour too yellow or too white ("불이 너무 누렇네", "불빛이 너무 하얘").
 * lex.ts adds them as complaint words ({ t: 'cplx' }); remedy.ts and tint.ts say what fixes them.
 */
import type { Sense } from './speech.js';

/** Adnominal forms of complaint adjectives by sense, each said before 것 같/거 같/거야/거지/듯. */
const ADNOMINALS: Array<[string[], Sense]> = [
  [['추운'], 'cold'],
  [['더운', '뜨거운'], 'hot'],
  [['어두운', '깜깜한', '컴컴한', '침침한'], 'dark'],
  [['눈부신', '밝은', '환한'], 'bright'],
  [['시끄러운'], 'loud'],
  [['차가운'], 'toocold'],
  [['노란', '누런'], 'yellow'],
  [['하얀', '허연'], 'white'],
  [['건조한'], 'dry'],
];
const AFTER_ADNOMINAL = ['것 같', '거 같', '거야', '거지', '거냐', '듯'];
/**
 * A discomfort guessed, the adnominal -ㄹ before 것 같/거 같/듯 ("안방 추울 것 같은데"): said of a room or a
 * device named it is that complaint; of nothing named it is talk (guessed.ts, fixer fx50).
 */
const GUESSED_STEMS: Array<[string[], Sense]> = [
  [['추울'], 'cold'],
  [['더울'], 'hot'],
  [['어두울', '깜깜할', '컴컴할'], 'dark'],
  [['시끄러울'], 'loud'],
  [['건조할'], 'dry'],
];
const AFTER_GUESS = ['것 같', '거 같', '듯'];
export const GUESSED: Array<[string[], Sense]> = GUESSED_STEMS.map(([ws, s]) => [
  ws.flatMap((w) => AFTER_GUESS.map((a) => `${w} ${a}`)),
  s,
]);

/** A guess denied right after it ("추울 것 같진 않아", "더울 것 같지는 않은데"): guessed.ts reads it as talk. */
export const GUESS_DENIED_WORDS = ['진 않', '지 않', '지는 않', '진 않', '지도 않'];

/** Size said of a sound: only before 것 같/거 같/듯 ("제일 큰 거야?" asks which). */
const SIZES: Array<[string[], Sense]> = [
  [['큰 것 같', '큰 거 같', '큰 듯'], 'big'],
  [['작은 것 같', '작은 거 같', '작은 듯'], 'small'],
];

/** Light colours said as what is wrong ("노래" alone is a song: only after 너무/넘). */
const TINTS: Array<[string[], Sense]> = [
  [
    [
      '너무 노래',
      '넘 노래',
      '노랗네',
      '노랗다',
      '노랗잖',
      '누렇',
      '누래',
      '누리끼리',
      '노르스름',
      '노리끼리',
    ],
    'yellow',
  ],
  [['하얘', '하얗네', '하얗다', '하얗잖', '허옇', '허얘'], 'white'],
];

export const MORE_COMPLAINTS: Array<[string[], Sense]> = [
  ...ADNOMINALS.map(([ws, s]): [string[], Sense] => [
    ws.flatMap((w) => AFTER_ADNOMINAL.map((a) => `${w} ${a}`)),
    s,
  ]),
  ...SIZES,
  ...GUESSED,
  ...TINTS,
  [['춥잖'], 'cold'],
  [['덥잖', '뜨겁다', '뜨겁잖'], 'hot'],
  // not 밝네/환하네 alone: "날이 밝네" is the morning
  [['눈부신', '환하잖'], 'bright'],
  // not 못 들으시/잘 못 들어: "잘못 들으신 거예요", "잘못 들어갔어" are mishearing and going in
  [['못 들으셔'], 'quiet'],
];

/** "거실 왜 이리 춥지": forms of feeling verbs that are a complaint only after a why (why-complaint.ts). */
export const WHY_FELT: Array<[string[], Sense]> = [
  [['춥지', '추운지', '춥냐', '춥노', '춥나'], 'cold'],
  [['덥지', '더운지', '덥냐', '덥노', '덥나'], 'hot'],
];

/**
 * Places away from home ("회사 사무실이 너무 건조해", "학교가 너무 춥대"): a complaint of one said as its topic,
 * with no room of the home and no device named, is talk (elsewhere-felt.ts).
 */
export const AWAY_PLACES = ['회사', '사무실', '학교', '교실', '직장', '학원', '카페', '병원'];

/** Particles after a place said as what the complaint is about ("사무실이", "학교는", "회사에서"). */
export const AWAY_TOPIC = ['이', '가', '은', '는', '도', '에서', '에', '안이', '안은'];

/** Endings that tell what was seen elsewhere before ("그 식당 너무 시끄럽더라"), of a room the home lacks; 던데 stays a complaint. */
export const WITNESSED_ENDS = ['더라', '더라고', '더라구', '더라고요', '더라구요'];

/** "오늘따라 왜 이렇게 춥지" (of all days): a filler, whose 따 is no unlocking (season talk in lexicon/talk.ts). */
export const OF_ALL_DAYS = ['오늘따라', '요즘따라', '그날따라'];

/**
 * The Korean lexicon of the understanding engine, as data. Every surface form is matched
 * spacing-insensitively (spaces are removed before matching), after lower-casing Latin letters.
 * Adding a verb, a device word or an alias is a change here only.
 *
 * Vocabulary for colours, colour-temperature names and cover classes was cross-checked against
 * Home Assistant's Korean lists (github.com/OHF-Voice/intents, CC BY 4.0); see docs/nlu.md.
 */

import { FanMode, SystemMode } from '../../../model/tables.js';
import { MORE_ATTRS, MORE_LOW_FAN, MORE_VERBS } from './action-verbs.js';
import { MORE_COMPARTMENTS, MORE_KINDS } from './device-words.js';
import { HEARD_KINDS } from './recognizer.js';
import { FORMAL_QUESTION_ENDS } from './registers.js';
import { DONE_SAID, FITTING_ASKED, WARM_SAID } from './states-said.js';

/** Actions a predicate asks for. */
export type VerbKey =
  | 'on'
  | 'off'
  | 'open'
  | 'close'
  | 'lock'
  | 'unlock'
  | 'up'
  | 'down'
  | 'set'
  | 'do'
  | 'play'
  | 'pause'
  | 'resume'
  | 'next'
  | 'prev'
  | 'start'
  | 'stop'
  | 'cancel'
  | 'add'
  | 'mute'
  | 'unmute'
  | 'clean'
  | 'dock'
  | 'query'
  | 'hot';

/** The action that undoes each action that has a plain opposite ("반대로", "아 다시 줄여"). */
/** Verbs that do not finish an action on their own ("해", "알려", "더워"): extract.ts, tokenize.ts. */
export const WEAK_VERB_KEYS: VerbKey[] = ['do', 'query', 'hot'];

/** Endings that keep a device as the verb before them leaves it ("켜 둬", "열어 놔"). */
export const KEEP_ENDS = ['둬', '놔', '놔둬', '둬요', '놔요', '두세요', '놔두세요', '놔 둬'].map((w) =>
  w.replace(/ /g, ''),
);

export const OPPOSITE_VERB: Partial<Record<VerbKey, VerbKey>> = {
  up: 'down',
  down: 'up',
  on: 'off',
  off: 'on',
  open: 'close',
  close: 'open',
  lock: 'unlock',
  unlock: 'lock',
};

export const VERBS: Record<VerbKey, string[]> = {
  on: [
    '온',
    '파워 온',
    '키도',
    '키 도',
    '점등',
    '키줘',
    '키 줘',
    '키주',
    '키 주',
    '켜',
    '켜줘',
    '켜주',
    '켤',
    '켠',
    '킬',
    '키고',
    '키라',
    '키자',
    '켜봐',
    '전원켜',
    '전원 켜',
    '파워온',
    '들어오게',
    '들어오도록',
    '살려',
    '전원 올려',
    '전원 넣어',
    // Gyeongsang 하오체 ("보일러 좀 켜소")
    '켜소',
    '키소',
    '켜시고',
    '켜시',
  ],
  off: [
    '소등',
    '꺼',
    '끄',
    '끌',
    '끈다',
    '끔',
    '전원꺼',
    '전원 꺼',
    '오프',
    '파워오프',
    '꺼버려',
    '나가게',
    '끊어',
    '전원 내려',
    '끄소',
    '꺼소',
    // the honorific ("주방 불 끄시고 …")
    '끄시고',
    '끄시',
  ],
  open: [
    '열어',
    '열',
    '열기',
    '여는',
    '걷어',
    '올려줘커튼',
    '개방',
    '오픈',
    '젖혀',
    '열어젖혀',
    '재껴',
    '제껴',
  ],
  close: ['닫아', '닫', '닫기', '닫는', '쳐줘', '쳐', '치자', '칠래', '쳐라', '차단', '막아', '막아줘'],
  lock: [
    '잠글',
    '잠가',
    '잠궈',
    '잠그',
    '잠궈줘',
    '잠금',
    '걸어',
    '잠금설정',
    '채워',
    '채워줘',
    '채우',
    '채울',
    '걸어 잠가',
  ],
  unlock: ['따', '따줘', '따 줘', '잠금해제', '잠금 풀어', '잠금풀', '풀어', '풀', '해제'],
  up: [
    '올릴',
    '키울',
    '높일',
    '올려',
    '올리',
    '올린',
    '높여',
    '높이',
    '높게',
    '키워',
    '키우',
    '크게',
    '세게',
    '강하게',
    '밝게',
    '환하게',
    '훤하게',
    '밝혀',
    '밝히',
    '환히',
    '따뜻하게',
    '뜨겁게',
    '데워',
    '뎁혀',
    '덥혀',
    '데펴',
    '따숩게',
    '따시게',
    '뜨끈하게',
    '뜨듯하게',
    '볼륨 업',
    '볼륨업',
    '채널 업',
    '채널업',
    '소리 업',
    '온도 업',
    '온도업',
    '밝기 업',
    '바람 업',
    '위로',
    // "덜 시원하게": less cool is warmer (덜시원 alone is the complaint)
    '덜 시원하게',
  ],
  down: [
    '내릴',
    '줄일',
    '낮출',
    '낮춰',
    '낮추',
    '낮게',
    '내려',
    '내리',
    '줄여',
    '줄이',
    '작게',
    '약하게',
    '어둡게',
    '어둑하게',
    '어둑어둑하게',
    '어스름하게',
    '침침하게',
    '은은하게',
    '희미하게',
    '흐리게',
    '흐릿하게',
    '시원하게',
    '차갑게',
    '춥게',
    '식혀',
    '볼륨 다운',
    '볼륨다운',
    '채널 다운',
    '채널다운',
    '소리 다운',
    '온도 다운',
    '온도다운',
    '밝기 다운',
    '바람 다운',
    '아래로',
    '밑으로',
  ],
  set: [
    '맞출',
    '바꿀',
    '맞춰',
    '맞추',
    '맞혀',
    '설정',
    '바꿔',
    '바꾸',
    '변경',
    '조정',
    '조절',
    '돌려',
    '바꿔줘',
    '만들어',
    '셋팅',
    '세팅',
  ],
  do: ['해', '하', '할', '해줘', '해주', '해죠', '해주라', '해라', '해봐'],
  play: [
    '재생',
    '틀어',
    '틀',
    '들려',
    '플레이',
    '보여',
    '보여줘',
    '볼래',
    '보자',
    '보고 싶어',
    '보고싶어',
    '듣고 싶어',
    '듣고싶어',
    '보고 싶다',
    '듣고 싶다',
    // someone at home wants it ("동생이 투니버스 보고 싶대")
    '보고 싶대',
    '보고 싶어 해',
    '보고 싶다는데',
    '보고 싶으시대',
    '듣고 싶대',
    '듣고 싶어 해',
    '듣자',
    '들을래',
  ],
  pause: [
    '세워',
    '잠시 세워',
    '일시중지',
    '일시 중지',
    '일시정지',
    '일시 정지',
    '잠깐멈춰',
    '잠깐 멈춰',
    '멈춰',
    '멈추',
    '멈춤',
    '포즈',
    '잠시멈춰',
  ],
  resume: [
    '다시재생',
    '다시 재생',
    '재개',
    '계속',
    '다시시작',
    '다시 시작',
    '이어서',
    '다시틀어',
    '마저',
    '다시 돌려',
    '다시돌려',
    '이어서 돌려',
    // "일시정지 풀어": the pause taken back
    '일시정지 풀어',
    '일시 정지 풀어',
    '일시정지 해제',
    '일시 정지 해제',
  ],
  next: ['다음', '넘겨', '넘기', '스킵', '건너뛰', '앞으로', '다른'],
  prev: ['이전', '전곡', '앞곡', '앞 곡', '뒤로', '전으로'],
  start: [
    '돌릴',
    '시작',
    '작동',
    '가동',
    '실행',
    '활성화',
    '돌려',
    '돌리',
    '출발',
    '스타트',
    '출동',
    '시켜',
    '시킬',
    // a request passed on ("환기 좀 시키래", "…시키라셔")
    '시키래',
    '굴려',
  ],
  stop: [
    '중지',
    '정지',
    '그만',
    '멈춰',
    '스톱',
    '종료',
    '중단',
    '비활성화',
    '끝내',
    '마쳐',
    '꺼버려',
    '청소 중지',
    '청소 정지',
    '청소 중단',
  ],
  cancel: ['취소', '삭제', '지워', '없애'],
  add: ['추가', '담아', '넣어', '적어'],
  mute: [
    '죽여',
    // joined before the next request ("티비 소리 죽이고 불 꺼"; fixer fx46)
    '죽이고',
    '소리없애',
    '소리 없애',
    '소리 좀 없애',
    '소리 안 나게',
    '소리안나게',
    '조용히 시켜',
    '음소거',
    '소리꺼',
    '소리 꺼',
    '소리죽여',
    '무음',
    '뮤트',
    '소리 없이',
    '소리없이',
    '조용히 해',
    '조용히해',
    '조용히 좀 해',
  ],
  unmute: [
    '소리나오게',
    '소리 나오게',
    '소리 다시 나오게',
    '소리다시나오게',
    '소리 좀 나오게',
    '음소거 취소',
    '소리 살려',
    '음소거해제',
    '음소거 해제',
    '음소거풀어',
    '음소거 풀어',
    // ("음소거 풀고 채널 올려": the stem before 고)
    '음소거풀',
    '음소거 풀',
    '음소거꺼',
    '소리켜',
    '소리 켜',
  ],
  clean: ['청소', '청소해', '치워', '닦아', '밀어', '닦아줘', '쓸어', '청소 중지', '청소 정지', '청소 중단'],
  dock: [
    '집에 보내',
    '집에 가',
    '충전하러',
    '복귀',
    '충전해',
    '집으로',
    '충전기로',
    '도킹',
    '충전대',
    '충전대로',
    '돌려보내',
    '돌려 보내',
    '제자리로',
    '스테이션',
    '충전시켜',
    '충전 시켜',
    '충전 좀 해',
    '충전 좀 시켜',
    '불러와',
    '불러 와',
    '돌아와',
    '돌아오게',
    // "청소기 홈으로": the dock said in English
    '홈으로',
    '홈 가',
    '홈으로 가',
  ],
  query: [
    '알려',
    '알아',
    '몇',
    '얼마',
    '뭐',
    '무슨',
    '몇퍼센트',
    '몇 퍼센트',
    '몇프로',
    '몇 프로',
    // "충전 몇 퍼야": 퍼, a percent said short
    '몇퍼',
    '몇 퍼',
    '어때',
    '어떻게',
    '어떤',
    '확인',
    '궁금',
    '말해',
    '어느',
    '있어',
    '있니',
    '있나',
    '있는지',
    '이야',
    '인가',
    '인지',
    '나요',
    '괜찮아',
    '괜찮니',
    '괜찮나',
    // helper lxs: 적당해? (states-said.ts)
    ...FITTING_ASKED,
    // "로봇 배터리 충분하냐", "밥은 넉넉한가": enough, asked
    ...['충분하냐', '충분하니', '충분하나', '충분한가', '충분한지', '충분하지', '충분히 먹었', '충분히 찼'],
    ...['넉넉하냐', '넉넉하니', '넉넉한가', '넉넉한지', '넉넉하게 먹었', '넉넉히 먹었'],
  ],
  hot: [
    '더워',
    '덥',
    '추워',
    '춥지',
    '쌀쌀',
    '따뜻해',
    '따뜻하다',
    '따뜻하네',
    '따뜻한데',
    '따듯한데',
    '따뜻한 것 같',
    '따뜻한 거 같',
    '시원하다',
    '시원하네',
    '따뜻한가',
    '따뜻하니',
    '따뜻하나',
    '시원해',
    '시원한가',
    '시원하니',
    // helper lxs: 따땃해, 뜨뜻하니 … (states-said.ts)
    ...WARM_SAID,
  ],
};

for (const [k, more] of Object.entries(MORE_VERBS)) VERBS[k as VerbKey].push(...more);

/** Verb words that show something: a programme ("뉴스 보여 줘"), or a reading ("온도 보여 줘"). */
export const SHOW_WORDS = ['보여', '보여줘'];

/** Attributes a sentence talks about. */
export type AttrKey =
  | 'temperature'
  | 'setpoint'
  | 'brightness'
  | 'volume'
  | 'channel'
  | 'color'
  | 'colortemp'
  | 'fan'
  | 'mode'
  | 'humidity'
  | 'pm25'
  | 'co2'
  | 'battery'
  | 'remaining'
  | 'state'
  | 'time'
  | 'date'
  | 'weather'
  | 'timer'
  | 'list'
  | 'power'
  | 'media'
  | 'door'
  | 'playing'
  | 'diff'
  /** How far a setting goes, asked (range-asked.ts finds it; no word of its own here). */
  | 'range';

/** The readings and settings a home question reads with 몇/얼마 (frame.ts, look-reading.ts, talk-turn.ts). */
export const READING_ATTRS: readonly AttrKey[] = [
  'temperature',
  'setpoint',
  'humidity',
  'pm25',
  'co2',
  'battery',
  'remaining',
];

export const ATTRS: Record<AttrKey, string[]> = {
  temperature: ['온도', '기온', '도씨', '몇도', '온도 업', '온도업', '온도 다운', '온도다운'],
  setpoint: [
    '설정온도',
    '설정 온도',
    '희망온도',
    '희망 온도',
    '목표온도',
    '몇도로',
    '몇 도로',
    '몇도에',
    '몇 도에',
    // 설정 said as a noun, the subject or topic of a question ("에어컨 설정이 지금 몇이지")
    '설정이',
    '설정은',
    '설정값',
    '설정 값',
    '설정해 둔 거',
    '설정해 놓은 거',
  ],
  brightness: [
    '밝기',
    '조도',
    '광량',
    '가장 밝게',
    '제일 밝게',
    '가장 어둡게',
    '제일 어둡게',
    '밝기 업',
    '밝기 다운',
  ],
  volume: [
    '볼륨',
    '소리',
    // "노랫소리가 너무 커" (helper lxs): the sound of the music, media and volume at once (also in media)
    '노랫소리',
    '음량',
    '사운드',
    '볼룸',
    '보륨',
    '불륨',
    '볼륨 업',
    '볼륨업',
    '소리 업',
    '볼륨 다운',
    '볼륨다운',
    '소리 다운',
  ],
  channel: [
    ...['채널', '방송', '체널', '채늘', '몇번', '몇 번', '채널 업', '채널업', '채널 다운', '채널다운'],
    // "딴 데 돌려", "다른 데로 틀어": another place to turn to is another channel ("다른데" alone is a clause end)
    ...['딴 데', '딴데', '딴 데로', '다른 데로', '다른 곳으로', '딴 곳으로'],
  ],
  color: ['색상', '색깔', '색', '컬러', '불빛색', '불빛 색깔', '불빛 색상', '조명 색깔', '전등 색깔'],
  colortemp: ['색온도', '색 온도', '색감'],
  fan: ['풍량', '바람', '바람세기', '풍속', '팬속도', '팬 속도', '세기', '바람 업', '바람 다운'],
  mode: ['모드', '운전', '코스'],
  humidity: ['습도'],
  pm25: ['미세먼지', '초미세먼지', '초미세', '공기질', '공기 질', '먼지'],
  co2: ['이산화탄소', 'co2', '씨오투'],
  battery: ['배터리', '충전량', '잔량'],
  remaining: [
    ...DONE_SAID,
    '끝났',
    '돌았',
    '다 됐',
    '다됐',
    '다 돌았',
    '언제 끝나',
    '남았',
    '남은시간',
    '남은 시간',
    '남아',
    '언제끝',
    '언제 끝',
    '다 했',
    '다했',
    // "세탁기 끝난 거야?", "다 돌아간 거야?": done, asked with 거야 (state-is-it.ts)
    '끝난 거',
    '다 돌아간 거',
    '다 된 거',
  ],
  state: ['상태', '상황'],
  time: ['몇시', '몇 시', '시간', '시각'],
  date: ['날짜', '며칠', '몇일', '무슨요일', '요일', '몇월'],
  weather: ['날씨', '바깥날씨', '일기예보', '예보'],
  timer: ['타이머', '알람'],
  list: ['쇼핑리스트', '쇼핑 리스트', '쇼핑목록', '장보기목록', '장보기 목록', '리스트', '목록', '장바구니'],
  power: ['전원', '파워'],
  door: ['도어', '문짝'],
  diff: ['차이', '차이나', '차이 나'],
  range: [],
  playing: [
    '뭐나와',
    '뭐 나와',
    '뭐나오',
    '뭐 나오',
    '뭐틀어져',
    '뭐 틀어져',
    '뭐 틀었',
    '뭐 틀고',
    '무슨 프로',
    '무슨프로',
    '뭐 하고 있',
    '뭐하고있',
    '뭐 재생',
    '뭐재생',
    '무슨 노래',
    '무슨노래',
    '무슨 곡',
    '뭐 나오고',
    '뭐 보고 있',
    '뭐 하는 중',
  ],
  media: ['음악', '노래', '노랫소리', '영상', '동영상', '비디오', '곡', '트랙', '미디어', '재생중', '뮤직'],
};
for (const [k, more] of Object.entries(MORE_ATTRS)) ATTRS[k as AttrKey].push(...more);

/**
 * Device words: surface → kinds (native device classes and Home Assistant domains share
 * these keys). `cls` is a Home Assistant cover device class.
 */
export interface KindWord {
  kinds: string[];
  cls?: string;
}

/** The refrigerator's word and its spellings, which a device named with one of them answers to (spellings.ts). */
export const FRIDGE_SPELLED = ['냉장고', '냉장구', '냉장꼬'];

export const KINDS: Array<[string[], KindWord]> = [
  [
    [
      '불',
      '조명',
      '전등',
      '등',
      '라이트',
      '램프',
      '전구',
      '불빛',
      '조명등',
      '형광등',
      '스탠드',
      '무드등',
      '취침등',
      '수면등',
      '간접등',
      '벽등',
      '천장등',
      '실링라이트',
      '센서등',
      '센서 등',
      '복도등',
      // (현관등, 거실등, 주방등 are a room and 등: the room is read, then the light)
      '방등',
      '방 불',
    ],
    { kinds: ['light'] },
  ],
  [['tv', '티비', '티브이', '테레비', '텔레비전', '텔레비', '텔레비젼'], { kinds: ['tv'] }],
  [['셋톱박스', '셋탑박스', '셋톱', '셋탑', 'iptv', '아이피티비'], { kinds: ['tv'] }],
  // a fan to sit by is no ventilation; 팬 and 환풍기 may be either
  [['선풍기', '실링팬', '써큘레이터', '서큘레이터', '스탠드 선풍기', '탁상 선풍기'], { kinds: ['fan'] }],
  [['팬', '환풍기'], { kinds: ['fan', 'ventilator'] }],
  [['환기', '환기장치', '환기 장치', '전열교환기', '환기시스템'], { kinds: ['ventilator', 'fan'] }],
  [['에어컨', '에어콘', '냉방기', '에어켠', '에어껀', '애어컨', '에어컨디셔너'], { kinds: ['aircon'] }],
  // as elders say it
  [['에아콘', '에야콘', '에어꼰'], { kinds: ['aircon'] }],
  [[...FRIDGE_SPELLED], { kinds: ['fridge'] }],
  [['김치냉장고', '김냉'], { kinds: ['fridge'] }],
  [['세탁기', '빨래', '세탁', '통돌이', '드럼세탁기'], { kinds: ['washer'] }],
  [['공기청정기', '공청기', '청정기', '공청'], { kinds: ['purifier'] }],
  [
    ['청소기', '로봇청소기', '로봇 청소기', '물걸레', '로청', '로봇청소', '로봇', '로보킹', '룸바'],
    { kinds: ['vacuum'] },
  ],
  [['플러그', '콘센트', '멀티탭'], { kinds: ['plug', 'switch'] }],
  [['스위치'], { kinds: ['switch', 'plug'] }],
  [['난방', '보일러', '난방기', '온도조절기', '온도 조절기', '히터'], { kinds: ['heating'] }],
  [['도어락', '도어록', '현관문', '자물쇠', '잠금장치'], { kinds: ['lock'] }],
  [['문'], { kinds: ['lock'], cls: 'door' }],
  [['밸브', '가스밸브', '가스 밸브', '가스', '가스불', '가스 불', '가스레인지'], { kinds: ['valve'] }],
  [['커튼', '커텐', '암막커튼'], { kinds: ['cover'], cls: 'curtain' }],
  // (블라인더, 브라인드: as it is often written)
  [['블라인드', '블라인더', '브라인드', '차양', '가리개'], { kinds: ['cover'], cls: 'blind' }],
  [['창문', '유리창', '창'], { kinds: ['cover'], cls: 'window' }],
  [['차고문', '차고 문', '차고'], { kinds: ['cover'], cls: 'garage' }],
  [['셔터', '루버'], { kinds: ['cover'], cls: 'shutter' }],
  [['게이트'], { kinds: ['cover'], cls: 'gate' }],
  // an apartment's 대문 is its front door: the gate where there is one, else the door lock
  [['대문'], { kinds: ['cover', 'lock'], cls: 'gate' }],
  [['스피커', '블루투스스피커'], { kinds: ['speaker'] }],
  [['온습도계', '온도계', '온도센서', '온도 센서', '습도계', '센서'], { kinds: ['sensor'] }],
  [['장판', '전기장판', '전기매트', '온수매트'], { kinds: ['plug'] }],
  // appliances a home may not have: named, so that the answer says so instead of guessing
  [['가습기'], { kinds: ['humidifier'] }],
  [['제습기'], { kinds: ['dehumidifier'] }],
  [['건조기', '의류건조기', '빨래건조기'], { kinds: ['dryer'] }],
  [['식기세척기', '식세기'], { kinds: ['dishwasher'] }],
  [['전자레인지', '오븐', '에어프라이어', '에어 프라이어'], { kinds: ['oven'] }],
  [['밥솥', '전기밥솥', '압력밥솥'], { kinds: ['cooker'] }],
  [['드라이기', '헤어드라이어', '드라이어'], { kinds: ['hairdryer'] }],
  [['스타일러', '에어드레서', '의류관리기'], { kinds: ['styler'] }],
  [['인덕션', '전기레인지', '하이라이트'], { kinds: ['cooktop'] }],
  [['정수기'], { kinds: ['waterpurifier'] }],
  [['비데'], { kinds: ['bidet'] }],
  [['커피머신', '커피 머신', '커피메이커'], { kinds: ['coffee'] }],
  [['전기포트', '포트', '주전자'], { kinds: ['kettle'] }],
  ...MORE_KINDS,
  ...HEARD_KINDS,
];

/** Compartments of refrigerators: surface → endpoint tag (or endpoint name). */
export const COMPARTMENTS: Array<[string[], string]> = [
  [['냉장실', '냉장칸', '냉장 칸'], 'Refrigerator'],
  [['냉동실', '냉동칸', '냉동 칸', '냉동고'], 'Freezer'],
  [['상칸', '윗칸', '위칸', '위쪽칸', '윗쪽', '상단'], 'Upper'],
  [['하칸', '아랫칸', '아래칸', '아래쪽칸', '아래쪽', '하단'], 'Lower'],
  ...MORE_COMPARTMENTS,
];

/** Korean names of endpoint tags, for replies. */
export const TAG_NAMES: Record<string, string> = {
  Refrigerator: '냉장실',
  Freezer: '냉동실',
  Upper: '상칸',
  Lower: '하칸',
};

/** Modifiers. */
export type ModKey =
  | 'all'
  | 'here'
  | 'more'
  | 'little'
  | 'half'
  | 'double'
  | 'max'
  | 'min'
  | 'which'
  | 'howmany'
  | 'now'
  | 'today'
  | 'my'
  | 'again'
  | 'exists'
  | 'both'
  | 'less'
  | 'much'
  /** "다른 방도": every other room (fixer fx41, also-room.ts). */
  | 'others';

export const MODS: Record<ModKey, string[]> = {
  all: [
    '모든',
    '모두',
    '전체',
    '전부',
    '다',
    '싹',
    '온집안',
    '집안',
    '온 집안',
    // "온 집에 냄새가 뱄네": the whole house, never 온 (on)
    '온 집',
    '온 집이',
    '집 전체',
    '집전체',
    '전체다',
  ],
  here: ['여기', '이방', '이 방', '이공간', '이 공간', '여기있는', '이곳'],
  others: ['다른 방', '딴 방', '나머지 방', '다른 방들', '다른 데도', '딴 데도'],
  more: ['더', '만큼', '조금 더', '좀더', '좀 더'],
  little: ['좀', '조금', '살짝', '약간', '한단계', '한 단계'],
  half: ['반만', '절반', '반쯤', '중간까지', '반으로', '반 정도', '반정도'],
  double: ['두배', '두 배', '2배', '배로', '곱절'],
  max: [
    '최대한',
    '최대',
    '최대치',
    '가장밝게',
    '가장 밝게',
    '제일밝게',
    '제일 밝게',
    '최고',
    '끝까지',
    '가장',
    '제일',
    '맨 위로',
  ],
  min: [
    '최소',
    '최소치',
    '가장어둡게',
    '가장 어둡게',
    '제일어둡게',
    '제일 어둡게',
    '최저',
    '맨 아래로',
    '맨 밑으로',
  ],
  which: ['어떤', '어느', '뭐가', '무엇이'],
  howmany: ['얼마나많은', '얼마나 많은', '몇개', '몇 개'],
  now: ['지금', '현재'],
  today: ['오늘'],
  my: ['내', '나의', '우리'],
  again: ['다시'],
  exists: ['있어', '있니', '있나', '있는지', '있어요', '있습니까'],
  both: ['둘다', '둘 다', '양쪽', '두개다'],
  /** "덜 시원하게": the other way. */
  less: ['덜', '조금 덜', '좀 덜'],
  /** "많이 어둡게": a bigger step. */
  much: ['많이', '훨씬', '확', '팍', '왕창', '한참'],
};

/** States asked about ("열려 있어?"). */
export const STATES: Array<[string[], string]> = [
  [['틀어져', '틀어져 있', '틀어놨', '틀어 놨', '틀어 놓은', '틀어놓은', '틀어 둔', '틀어둔'], 'set'],
  [['청소중', '청소 중', '청소하고 있', '돌고 있', '돌아가고 있', '돌아가는 중'], 'on'],
  [
    [
      '맞춰져',
      '맞춰 져',
      '맞춰진',
      '맞춰놨',
      '맞춰 놨',
      '설정돼',
      '설정 돼',
      '설정되어',
      '설정된',
      '설정해놨',
      // the 있 of 맞춰져 있다 is its own, not "is there any" (켜진 불 있어?) asking of all of them (fixer fx44)
      '맞춰져 있',
      '설정돼 있',
      '설정되어 있',
      '맞춰 놓',
    ],
    'set',
  ],
  [
    ['켜져있', '켜져 있', '켜진', '켜져', '켜있', '켜짐', '켜졌', '작동중', '작동 중', '돌아가', '가동중'],
    'on',
  ],
  [['꺼져있', '꺼져 있', '꺼진', '꺼져', '꺼짐', '꺼있', '꺼졌'], 'off'],
  // "TV 전원 꺼져 있어?": the power said before the state, not the verb 전원 꺼
  [['전원 켜져', '전원 켜진', '전원 켜져 있', '전원 들어와 있'], 'on'],
  [['전원 꺼져', '전원 꺼진', '전원 꺼져 있'], 'off'],
  // "TV 음소거 돼 있어?": the sound's own state, not a request to mute
  [
    [
      '음소거돼',
      '음소거 돼',
      '음소거되어',
      '음소거 되어',
      '음소거된',
      '음소거 된',
      '음소거됐',
      '음소거 됐',
      '음소거야',
      '음소거 상태',
      '음소거중',
      '음소거 중',
      '소리꺼져',
      '소리 꺼져',
      '소리 꺼진',
      '무음이야',
      '무음 상태',
    ],
    'muted',
  ],
  [['열려있', '열려 있', '열린', '열려', '열림', '열어놨', '열렸', '걷혀'], 'open'],
  [['닫혀있', '닫혀 있', '닫힌', '닫혀', '닫힘', '쳐져', '닫혔'], 'closed'],
  [
    ['잠겨있', '잠겨 있', '잠긴', '잠겨', '잠김', '잠가져', '잠겼', '잠갔', '잠가졌', '잠궈져', '잠궈졌'],
    'locked',
  ],
  // "현관문 잠금 됐어?", "가스 차단돼 있어?": the verbal noun of the action with 되다 asks whether it is done
  [
    [
      '잠금 됐',
      '잠금 돼',
      '잠금 되어',
      '잠금 된',
      '잠금 상태',
      '잠깁니',
      '차단 됐',
      '차단 돼',
      '차단 되어',
      '차단 된',
      '차단 상태',
    ].map((w) => w.replace(/ /g, '')),
    'locked',
  ],
  [['켜집니', '작동 됐', '작동 돼', '작동되고', '가동 됐', '가동 돼'].map((w) => w.replace(/ /g, '')), 'on'],
  [['꺼집니', '정지 됐', '정지 돼', '정지 상태'].map((w) => w.replace(/ /g, '')), 'off'],
  [['풀려있', '풀려', '잠금해제되', '잠금 해제되', '열려있는지'], 'unlocked'],
  [
    ['충전중', '충전 중', '감지됐', '감지되', '감지', '차가워', '위험해', '위험', '가능야', '가능해', '가능'],
    'active',
  ],
];

/** Colour words → CSS/Home Assistant colour names. */
export const COLORS: Array<[string[], string]> = [
  [['흰색', '하얀색', '하얗게', '백색', '화이트', '하양', '하얀', '흰빛', '흰 빛', '하얀빛'], 'white'],
  [['검은색', '검정', '검정색', '블랙'], 'black'],
  [['빨강', '빨간색', '빨강색', '빨갛게', '붉은색', '레드', '빨간'], 'red'],
  [['주황', '주황색', '오렌지', '오렌지색'], 'orange'],
  [['노랑', '노란색', '노랑색', '노랗게', '노란', '옐로우', '옐로'], 'yellow'],
  [['초록', '초록색', '녹색', '그린', '연두색'], 'green'],
  [['파랑', '파란색', '파랑색', '파랗게', '푸른색', '청색', '블루', '파란'], 'blue'],
  [['보라', '보라색', '퍼플', '자주색'], 'purple'],
  [['갈색', '밤색', '고동색', '브라운'], 'brown'],
  [['분홍', '분홍색', '핑크', '핑크색'], 'pink'],
  [['하늘색', '청록', '청록색', '민트색'], 'turquoise'],
];

/** Colour-temperature words → kelvin. */
export const COLOR_TEMPS: Array<[string[], number]> = [
  [['촛불', '촛불색', '캔들', '캔들색', '노을빛', '노을 빛', '석양빛', '석양 빛'], 1900],
  [
    [
      '전구색',
      '따뜻한흰색',
      '따뜻한 흰색',
      '웜화이트',
      '웜 화이트',
      '따뜻한색',
      '따뜻한 색',
      '노란빛',
      '노란 빛',
      '노란불빛',
      '노란 불빛',
      '따뜻한 불빛',
      '주황 불빛',
      '주황빛',
      '주황 빛',
      '따뜻한빛',
      '따뜻한 빛',
      '따뜻한 조명',
      '따뜻한 느낌',
      '아늑한',
      '웜톤',
      '누렇게',
      '누런 빛',
      '누런빛',
      '노르스름하게',
      '카페 분위기',
      '카페처럼',
    ],
    2700,
  ],
  [['주백색', '차가운흰색', '차가운 흰색', '쿨화이트', '쿨 화이트', '자연광', '아이보리'], 4000],
  [
    [
      '주광색',
      '데이라이트',
      '햇빛색',
      '햇빛',
      '형광색',
      '형광등색',
      '형광등 색',
      '형광등 빛',
      '사무실 조명',
      '하얀빛',
      '하얀 빛',
      '하얀 불빛',
      '흰 불빛',
      '차가운 불빛',
      '흰빛',
      '흰 빛',
      '차가운색',
      '차가운 색',
      '차가운빛',
      '차가운 빛',
      '차가운 조명',
      '시원한 빛',
      '시원한 색',
      '푸른빛',
      '쿨톤',
    ],
    6500,
  ],
];

/** Words that say a white-tunable light's tone ("거실 불 좀 따뜻하게"), as kelvin. */
export const LIGHT_TONES: Array<[string[], number]> = [
  [
    ['따뜻하게', '따뜻한', '따듯하게', '포근하게', '아늑하게', '은은하게 노랗게', '따땃하게', '뜨뜻하게'],
    2700,
  ],
  [['차갑게', '시원하게', '차가운', '쨍하게', '하얗게', '새하얗게'], 6500],
];

/** Mode words → mode keys (matched against mode tags, Thermostat SystemMode or labels). */
export const MODES: Array<[string[], string]> = [
  [['급속냉각', '급속 냉각', '급냉', '급속냉장', '익스프레스', '쾌속냉각', '특급냉각'], 'RapidCool'],
  [['급속냉동', '급속 냉동', '급동', '쾌속냉동'], 'RapidFreeze'],
  [['냉방', '냉방모드', '쿨링'], 'Cool'],
  [['난방모드', '온풍', '히팅'], 'Heat'],
  [['제습', '제습모드', '드라이'], 'Dry'],
  [['송풍', '송풍모드', '바람만', '바람만 나오게'], 'FanOnly'],
  [['자동', '자동모드', '오토', 'ai모드', '인공지능'], 'Auto'],
  [['표준', '표준코스', '일반', '기본'], 'Normal'],
  [['울', '울코스', '섬세', '섬세코스', '란제리', '울세탁'], 'Delicate'],
  [['강력', '강력코스', '찌든때', '헤비', '이불', '이불빨래'], 'Heavy'],
  [['흰빨래', '삶음', '흰옷'], 'Whites'],
  [['쾌속', '빠른', '빠르게', '스피드', '급속'], 'Quick'],
  [['퀵', '퀵코스', '퀵워시', '스피드워시', '쾌속코스', '급속코스', '빠른세탁'], 'Quick'],
  [['헹굼', '헹굼만', '헹굼코스', '헹구기', '헹궈', '헹궈줘', '헹굼탈수', '헹굼 탈수', '헹굼+탈수'], 'Rinse'],
  [['탈수', '탈수만', '탈수코스', '짜 줘', '물기 빼'], 'Spin'],
  [['저소음', '조용히', '조용하게', '정숙', '수면', '취침', '취침모드', '슬립'], 'Quiet'],
];

/** Thermostat SystemMode numbers of mode keys. */
export const SYSTEM_MODES: Record<string, number> = {
  Auto: SystemMode.Auto,
  Cool: SystemMode.Cool,
  Heat: SystemMode.Heat,
  FanOnly: SystemMode.FanOnly,
  Dry: SystemMode.Dry,
};

/** Fan-speed words → FanMode numbers. */
export const FAN_SPEEDS: Array<[string[], number]> = [
  [['약풍', '미풍', '약', '약하게', '약으로', '1단', '일단', '낮음', '로우', '조용하게'], FanMode.Low],
  [MORE_LOW_FAN, FanMode.Low],
  [['중풍', '중간', '중', '2단', '이단', '보통', '미디엄'], FanMode.Medium],
  [['강풍', '강', '강하게', '세게', '3단', '삼단', '터보', '높음', '하이', '최강'], FanMode.High],
  // a fan's pace: 빠르게 is also the washer's quick course (a mode the fan lacks is dropped)
  [['빠르게', '더 빠르게'], FanMode.High],
  [['느리게', '천천히 돌게'], FanMode.Low],
  [['풀가동', '풀로', '풀 가동', '최대 풍량', '최대풍'], FanMode.High],
  [['자동풍', '자동', '오토'], FanMode.Auto],
];

/** Connectives between clauses ("끄고") and between targets ("이랑"). */
export const CLAUSE_ENDS = [
  '고',
  '구',
  '서',
  '어서',
  '고서는',
  '고서',
  '고나서',
  '고 나서',
  // "켜 놓고", "틀어 두고": a verb left on, joined to what follows
  '놓고',
  '놓구',
  '두고',
  '놔두고',
  '면서',
  '그리고',
  '그다음',
  '그 다음',
  '다음에',
  '그러고',
  '또',
];
export const AND_WORDS = ['이랑', '랑', '하고', '와', '과', '및', '그리고', '도', '에다', ','];

/** One-syllable particles that end a word ("동생이 불": 이 ends 동생, it does not begin 이불). */
export const PARTICLE_SYLLABLES = ['이', '가', '은', '는', '을', '를', '도', '에', '의', '랑', '와', '과'];

/** Particles and endings skipped after a recognised word. */
export const PARTICLES = [
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '에',
  '에서',
  '의',
  '으로',
  '로',
  '까지',
  '만',
  '에게',
  '한테',
  '께',
  '요',
  '이요',
  '이에요',
  '예요',
  '야',
  '이야',
  '께서',
  '에는',
  '에서는',
  '에있는',
  '에 있는',
  '있는',
  '에서도',
  '부터',
  '쪽',
  '거',
  '것',
  '꺼',
  // "삼성 꺼로", "엘지 꺼에서": 꺼 with a particle is the thing (거) of a make, never the verb 끄다
  '꺼로',
  '꺼에서',
  '꺼를',
  '꺼랑',
];

export const ENDINGS = [
  '줘',
  '줘요',
  '주세요',
  '주십시오',
  '줄래',
  '줄래요',
  '줄수있어',
  '줄 수 있어',
  // "덥더라", "시끄럽더라고": what the speaker found, told (라 here is no imperative)
  '더라',
  '더라고',
  '더라구',
  '더라고요',
  '더라구요',
  '주라',
  '주렴',
  '죠',
  '줘라',
  '주겠니',
  '주시겠어요',
  '달라',
  '라',
  '래',
  // "불 끌까", "커튼 열까요?": shall we, said to the assistant
  '까',
  '까요',
  '기',
  '자',
  '요',
  '봐',
  '봐줘',
  '줄',
  '주',
  '세요',
  '십시오',
  '있어',
  '있나',
  '있니',
  '있어요',
  '져',
  '줘봐',
  '놔',
  '놔줘',
  '버려',
  '줬으면',
  '좋겠어',
  '면',
  '됐어',
  '돼',
  '되',
  '된',
  '됨',
  '함',
  '중',
  '중이야',
  '인데',
  '는데',
  '던데',
  // "내일 아침에 춥겠네", "애들 덥겠어": what will be
  '겠네',
  '겠어',
  '겠는데',
  '니',
  '냐',
  '나',
  '지',
  '해',
  '해줘',
  '해주세요',
  '해줄래',
  '하기',
  '한',
  ...FORMAL_QUESTION_ENDS,
];

/** Fillers and hesitations. */
export const FILLERS = [
  '좀',
  '아까',
  '그',
  '저기',
  '음',
  // sighs ("아휴 됐다")
  '아휴',
  '어휴',
  '에휴',
  '어',
  '아',
  '저',
  '그냥',
  '빨리',
  '얼른',
  '한번',
  '한 번',
  '제발',
  '혹시',
  '있잖아',
  '부탁해',
  // "보일러 좀 부탁할게요": asking, never a plan for later
  // "이번엔 저쪽도": this time, no channel 2
  '이번엔',
  '이번에는',
  '부탁할게',
  '부탁할게요',
  '부탁드려요',
  '부탁드릴게요',
  '부탁합니다',
  '부탁드립니다',
  '부탁',
  '이제',
  '아예',
  '일단',
  '우선',
  '당장',
  '바로',
  '어디',
  '그거',
  '저거',
  '이거',
  '어떻게 해 봐',
  '어떻게 좀 해 봐',
  '어떻게 해 줘',
  '어떻게 좀 해 줘',
  '어떻게 좀',
  '알아서 해 줘',
  '알아서 해',
  '알아서',
  // "안 보여" is no request to show anything
  '안 보여',
  '안보여',
  '안 보이',
  // regional interjections said before a request ("아따 덥네", "워메", "오메"): 아따 is no 따 (unlock)
  '아따',
  '워메',
  '오메',
  '아이고',
  '아이구',
];

/** Whole-utterance "never mind" answers. */
export const NEVERMIND = [
  '아니야',
  '아니',
  '아냐',
  '괜찮아',
  '됐어',
  '됐다',
  // clipped -음 of internet speech ("아 아냐 됐음")
  '됐음',
  '됐슴',
  '신경쓰지마',
  '신경 쓰지 마',
  '신경꺼',
  '취소',
  '그만',
  '아무것도아니야',
  '아무것도 아니야',
  '됐습니다',
  '괜찮습니다',
  '없던일로',
  '그냥 둬',
  '그냥 놔둬',
  '그냥 놔 둬',
  '놔둬',
  '냅둬',
  '내버려 둬',
  '그대로 둬',
  '하지 마',
  '하지마',
  // "현관 불은 손대지 마": left alone
  '손대지 마',
  '손대지마',
  '손 대지 마',
  '건드리지 마',
  '건드리지마',
  '건들지 마',
  '건들지마',
];

/** Wake words stripped at the start when the pipeline left them. */
export const WAKE_WORDS = [
  '지니야',
  '기가지니',
  '하이엘지',
  '하이 엘지',
  '하이lg',
  '하이 lg',
  '하이빅스비',
  '하이 빅스비',
  '빅스비',
  '아리아',
  '팅커벨',
  '헤이카카오',
  '헤이 카카오',
  '헤이클로바',
  '헤이 클로바',
  '클로바',
  '오케이구글',
  '헤이구글',
  '시리야',
];

/** Latin words spoken in Hangul (besides letter-by-letter spelling). */
/** Single digits read in English inside names ("KBS2" → 케이비에스 투). */
export const ENGLISH_DIGITS: Record<string, string> = {
  '1': '원',
  '2': '투',
  '3': '쓰리',
  '4': '포',
  '5': '파이브',
};

export const LATIN_WORDS: Record<string, string[]> = {
  tv: ['티비', '티브이', '테레비'],
  lg: ['엘지'],
  iptv: ['아이피티비'],
  ai: ['에이아이'],
  tvn: ['티비엔'],
  wifi: ['와이파이'],
  led: ['엘이디', '엘에디'],
};

/** Hangul names of Latin letters, for spelled-out brand and channel names. */
export const LETTER_NAMES: Record<string, string> = {
  a: '에이',
  b: '비',
  c: '씨',
  d: '디',
  e: '이',
  f: '에프',
  g: '지',
  h: '에이치',
  i: '아이',
  j: '제이',
  k: '케이',
  l: '엘',
  m: '엠',
  n: '엔',
  o: '오',
  p: '피',
  q: '큐',
  r: '알',
  s: '에스',
  t: '티',
  u: '유',
  v: '브이',
  w: '더블유',
  x: '엑스',
  y: '와이',
  z: '지',
};

/** Units after numbers. */
export const UNITS: Array<[string[], string]> = [
  [['도', '℃', '°', '°c', '도씨', '섭씨'], 'deg'],
  [['%', '퍼센트', '프로', '퍼'], 'pct'],
  [['번', '채널', '번채널', '번 채널'], 'num'],
  [['칸', '단계', '단', '스텝', '눈금', '개', '계단'], 'step'],
  [['시간'], 'hour'],
  [['분'], 'min'],
  [['초'], 'sec'],
  [['켈빈', 'k', '케이'], 'kelvin'],
  // "세 배로": so many times the value it has now
  [['배'], 'times'],
  [['시'], 'oclock'],
];

/** Asking where something is on or open ("어디 불 켜져 있어?"): about all of them. */
export const WHERE_WORDS = ['어디', '어느', '있는데', '있는 데', '있는거', '있는 거'];

/** Question marks of state questions. */
export const QUESTION_ENDS = ['?', '야?', '니?', '나?'];

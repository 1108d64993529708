/**
 * The lexicon of everyday speech around a request, as data: connectives that mark a clause as a
 * reason or context ("손님 오니까"), correction markers ("아니", "말고"), complaints and their senses
 * ("어두워", "시끄러워"), chit-chat markers ("살까", "추천"), brands and product lines, and the
 * endings of every register and region. Matched spacing-insensitively like words.ts.
 */

/** Endings that close a clause of reason, time or context: the request is elsewhere in the turn. */
export const REASON_ENDS = [
  '니까',
  '으니까',
  '니깐',
  '으니깐',
  '는데',
  '은데',
  '는데요',
  '거든',
  '거든요',
  '라서',
  '거라서',
  '어서',
  '아서',
  '해서',
  '길래',
  '려고',
  '으려고',
  '려구',
  '더니',
  '다며',
  '다면서',
  '잖아',
  '는데도',
  '지만',
  '니까요',
  '으니',
  '는 중이라',
  '중이라',
  '할거라',
  '할 거라',
  '테니까',
  '할테니',
  '면',
  '으면',
  '다면',
  '하면',
];

/** Connectives of a condition ("켜고 자면"): the clause, and those joined to it by "고", are not asked for. */
export const CONDITION_ENDS = ['면', '으면', '다면', '하면'];

/** Markers of a self-correction: what follows replaces what came before. */
export const CORRECTIONS = [
  '아니',
  '아니지',
  '아니다',
  '아니아니',
  '아니 아니',
  '아니고',
  '아니라',
  '아니야',
  '아냐',
  '말고',
  '정정',
  '정정할게',
  '다시 말할게',
  '다시말해',
  '잘못 말했어',
  '잘못말했다',
  '잘못 말했다',
  '잠깐만',
];

/** What a complaint says is wrong; remedies.ts says what fixes it. */
export type Sense =
  | 'dark'
  | 'bright'
  | 'loud'
  | 'quiet'
  | 'big'
  | 'small'
  | 'cold'
  | 'hot'
  | 'notcold'
  | 'toocold'
  | 'smell'
  | 'stuffy'
  | 'dust'
  | 'weird'
  | 'sun';

export const COMPLAINTS: Array<[string[], Sense]> = [
  [['어두워', '어둡', '어둡네', '어두운', '깜깜', '캄캄', '컴컴', '침침', '어둑'], 'dark'],
  [['눈부셔', '눈부시', '눈이 부셔', '밝아', '환해', '너무 밝'], 'bright'],
  [['시끄러', '시끄럽', '시끄', '귀 아파', '귀아파', '쩌렁'], 'loud'],
  [['안 들려', '안들려', '안 들리', '안들리', '들리지', '잘 안 들', '소리가 작'], 'quiet'],
  [['커', '커요', '크네', '크다', '커서', '큰데'], 'big'],
  [['작아', '작네', '작다', '작아서', '작은데', '작어'], 'small'],
  [
    [
      '추워',
      '춥',
      '추운',
      '추웡',
      '쌀쌀',
      '서늘',
      '으슬',
      '시려',
      '얼어 죽',
      '발 시려',
      '썰렁',
      '추버',
      '칩다',
    ],
    'cold',
  ],
  [['더워', '덥', '더운', '후텁', '후덥', '찜통', '푹푹', '땀나', '땀 나', '더버', '덥다'], 'hot'],
  [
    ['덜 시원', '안 시원', '시원하지 않', '시원하지가 않', '미지근', '안 차가', '덜 차가', '안 차', '시원찮'],
    'notcold',
  ],
  [['너무 차가', '너무 차', '꽁꽁', '얼었', '얼어', '너무 시원', '차가워', '차갑네'], 'toocold'],
  [['냄새', '냄새나', '탄내', '연기', '쿰쿰', '퀴퀴'], 'smell'],
  [
    [
      '공기',
      '답답',
      '공기가 이상',
      '공기 이상',
      '공기가 안 좋',
      '공기 안 좋',
      '탁해',
      '탁하',
      '공기가 나빠',
      '텁텁',
    ],
    'stuffy',
  ],
  [['이상해', '이상하', '이상한', '이상하네', '이상한데', '이상해요', '맛이 갔', '먹통'], 'weird'],
  [
    [
      '햇빛 때문',
      '햇빛때문',
      '햇볕',
      '햇살',
      '해가 들어',
      '해가 너무',
      '햇빛이 너무',
      '햇빛이 들어',
      '햇빛 들어',
      '볕이',
      '빛 때문',
      '빛이 들어',
      '반사돼',
      '반사 돼',
    ],
    'sun',
  ],
  [['물러', '녹아', '녹았', '녹네', '녹는', '안 얼어', '안얼어', '덜 얼', '안 얼'], 'notcold'],
  [['먼지 많', '미세먼지 많', '먼지가 많', '뿌옇', '뿌예'], 'dust'],
];

/** Words that make a turn talk about devices rather than ask the home to do something. */
export const CHAT = [
  '살까',
  '사야',
  '사고 싶',
  '사고싶',
  '살래',
  '살지',
  '사줘',
  '사 줘',
  '사자',
  '구매',
  '구입',
  '주문',
  '추천',
  '비싸',
  '싸다',
  '가격',
  '할인',
  '세일',
  '예뻐',
  '예쁘',
  '이쁘',
  '멋있',
  '귀여',
  '좋아해',
  '싫어',
  '어떤 게 좋',
  '어떤게좋',
  '뭐가 좋',
  '뭐가좋',
  '좋을까',
  '좋은가',
  '괜찮은가',
  '고장',
  '수리',
  '에이에스',
  '방법',
  '는 법',
  '는법',
  '사용법',
  '설명서',
  '전기세',
  '전기요금',
  '전기 요금',
  '전기 많이',
  '새로 나온',
  '신제품',
  '버릴까',
  '팔까',
  '중고',
  '몇 년',
  '몇년',
  '이름이',
  '기분',
  '심심',
  '사랑해',
  '고마워',
  '고맙다',
  '재밌',
  '재미있',
  '누구야',
  '농담',
  '노래 불러',
  '노래불러',
  '노래해',
  '뭐가 더',
  '더 나아',
  '더나아',
  '나을까',
  '낫나',
  '낫지',
  '최고지',
  '최고야',
  '역시',
  '중에 뭐',
  '중에서 뭐',
  '어디서 사',
  '어디서 살',
  '필터',
  '교체',
  '얼마나 들',
  '비용',
  '감기',
  '걸린대',
  '좋대',
  '그런대',
  '다더라',
  '다던데',
];

/** Sound-alikes a speech recognizer writes for common verbs ("여러 줘" for 열어 줘), by verb. */
export const SOUNDALIKE_VERBS: Record<string, string[]> = {
  open: ['여러줘', '여러 줘', '여러 주', '여로'],
  close: ['다다 줘', '다다줘', '다더 줘', '다다 주', '다드'],
  down: ['나춰', '나쳐', '낮쳐', '나추', '나줘'],
  up: ['올여', '오려 줘', '놉여'],
  on: ['키어', '켜 조'],
  off: ['꺼 조'],
  lock: ['잠과', '잠거'],
};

/** A brand: the words said for it and the vendor names it matches (lower-case substrings). */
export interface Brand {
  words: string[];
  vendors: string[];
}

export const BRANDS: Brand[] = [
  { words: ['엘지', 'lg', '엘쥐', '엘지전자'], vendors: ['lg'] },
  { words: ['삼성', '삼성전자', 'samsung', '샘숭', '삼숑'], vendors: ['samsung'] },
  { words: ['필립스', 'philips'], vendors: ['philips'] },
  { words: ['샤오미', '아카라', 'aqara', 'xiaomi'], vendors: ['aqara', 'xiaomi'] },
  { words: ['위니아', '위니아딤채'], vendors: ['winia'] },
  { words: ['케이티', 'kt', '올레'], vendors: ['kt'] },
  { words: ['코웨이', 'coway'], vendors: ['coway'] },
  { words: ['다이슨', 'dyson'], vendors: ['dyson'] },
];

/**
 * A product line: the words said for it, its brand (index into BRANDS' vendor names), the
 * spellings it has in model names, and the device kinds it makes (a model without the line's name
 * still matches by brand and kind).
 */
export interface ProductLine {
  words: string[];
  vendor: string;
  models: string[];
  kinds: string[];
}

export const PRODUCT_LINES: ProductLine[] = [
  { words: ['휘센'], vendor: 'lg', models: ['whisen', '휘센'], kinds: ['aircon'] },
  { words: ['디오스'], vendor: 'lg', models: ['dios', '디오스'], kinds: ['fridge'] },
  { words: ['트롬'], vendor: 'lg', models: ['tromm', '트롬'], kinds: ['washer'] },
  { words: ['퓨리케어'], vendor: 'lg', models: ['puricare', '퓨리케어'], kinds: ['purifier'] },
  {
    words: ['코드제로', '코드 제로'],
    vendor: 'lg',
    models: ['cordzero', 'cord zero', '코드제로'],
    kinds: ['vacuum'],
  },
  {
    words: ['오브제', '오브제컬렉션', '오브제 컬렉션'],
    vendor: 'lg',
    models: ['objet', '오브제'],
    kinds: [],
  },
  { words: ['올레드', 'oled'], vendor: 'lg', models: ['oled', '올레드'], kinds: ['tv'] },
  { words: ['스타일러'], vendor: 'lg', models: ['styler', '스타일러'], kinds: [] },
  { words: ['비스포크'], vendor: 'samsung', models: ['bespoke', '비스포크'], kinds: [] },
  { words: ['제트봇', '젯봇'], vendor: 'samsung', models: ['jetbot', '제트봇'], kinds: ['vacuum'] },
  { words: ['그랑데'], vendor: 'samsung', models: ['grande', '그랑데'], kinds: ['washer'] },
  {
    words: ['무풍', '무풍에어컨'],
    vendor: 'samsung',
    models: ['windfree', 'wind-free', '무풍'],
    kinds: ['aircon'],
  },
  {
    words: ['김치플러스', '김치 플러스'],
    vendor: 'samsung',
    models: ['김치플러스', 'kimchi'],
    kinds: ['fridge'],
  },
  {
    words: ['큐엘이디', '네오큐엘이디', '네오 큐엘이디', 'qled', '네오'],
    vendor: 'samsung',
    models: ['qled', 'neo'],
    kinds: ['tv'],
  },
  { words: ['더 프레임', '더프레임'], vendor: 'samsung', models: ['frame'], kinds: ['tv'] },
  {
    words: ['패밀리허브', '패밀리 허브'],
    vendor: 'samsung',
    models: ['family hub', 'familyhub'],
    kinds: ['fridge'],
  },
  { words: ['딤채'], vendor: 'winia', models: ['dimchae', '딤채'], kinds: ['fridge'] },
  { words: ['지니티비', '지니 티비', '기가지니티비'], vendor: 'kt', models: ['genie'], kinds: ['tv'] },
  { words: ['필립스 휴', '필립스휴'], vendor: 'philips', models: ['hue'], kinds: ['light'] },
];

/** Request endings of every register and region (formal, casual, Chungcheong, Jeolla, Gyeongsang). */
export const REQUEST_ENDINGS = [
  '주시겠습니까',
  '주시겠어요',
  '주시겠어',
  '주실래요',
  '주실래',
  '주실수있나요',
  '주실 수 있나요',
  '주실수있어요',
  '주실 수 있어요',
  '주실수있을까요',
  '주실 수 있을까요',
  '주시면',
  '주시면 고맙겠어요',
  '주시면 감사하겠습니다',
  '주시면 좋겠어요',
  '줬으면 좋겠어',
  '줬으면 해',
  '주면 좋겠어',
  '주면 좋겠',
  '면 좋겠',
  '면좋겠',
  '으면 좋겠',
  '면 고맙',
  '주면 고맙겠어',
  '고맙겠어요',
  '고맙겠어',
  '감사하겠습니다',
  '감사하겠어요',
  '부탁드려요',
  '부탁드립니다',
  '부탁합니다',
  '부탁해요',
  '줄수있을까요',
  '줄 수 있을까요',
  '줄수있을까',
  '줄 수 있을까',
  '줄수있나요',
  '줄 수 있나요',
  '줄수있니',
  '줄 수 있니',
  '줄수있어요',
  '줄 수 있어요',
  '수있어',
  '수 있어',
  '수있나',
  '수 있나',
  '수있을까',
  '수 있을까',
  '수있을까요',
  '수 있을까요',
  '수있니',
  '수 있니',
  '줄래',
  '줄래요',
  '줄래용',
  '줘용',
  '줘요잉',
  '주세용',
  '해주세용',
  '좀요',
  '주이소',
  '하이소',
  '주소',
  '줘라이',
  '해라이',
  '주라이',
  '뿌라',
  '삐라',
  '버려라',
  '주씨요',
  '주시요',
  '줘유',
  '주세유',
  '해유',
  '해줘유',
  '혀',
  '줘잉',
  '주쇼',
  '주쇼잉',
  '주랑께',
  '해불어',
  '셈',
  '줘봐요',
  '봐요',
  '볼래',
  '봐줄래',
  '주겠어',
  '주겠니',
  '주십쇼',
  '주시오',
  '하시오',
];

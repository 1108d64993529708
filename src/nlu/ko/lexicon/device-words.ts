/**
 * More everyday names of device kinds and cabinets (issue #13, helper lxd: lexicon breadth), as
 * Korean households say them: clipped words, loanwords and Konglish, an elder's and a child's words,
 * common misspellings (벨브, 발브, 새탁기, 윗쪽칸, 아랫쪽칸: as they are often written). Spread into KINDS and
 * COMPARTMENTS of words.ts; a word words.ts lists already is not repeated here.
 */
import type { KindWord } from './words.js';

export const MORE_KINDS: Array<[string[], KindWord]> = [
  [
    [
      '야간등',
      '스탠드 형광등',
      '수유등',
      '보조등',
      '엘이디',
      '엘이디등',
      '엘이디 조명',
      'led등',
      'led 조명',
      '메인등',
      '메인 조명',
      '메인조명',
      '전깃불',
      '전기불',
      '백열등',
      '펜던트',
      '펜던트등',
      '레일등',
      '다운라이트',
      '매입등',
      '샹들리에',
    ],
    { kinds: ['light'] },
  ],
  [
    [
      '엘이디 티비',
      '엘이디티비',
      'led 티비',
      'led tv',
      '테레비젼',
      '스마트티비',
      '스마트 티비',
      '벽걸이 티비',
      '벽걸이티비',
    ],
    { kinds: ['tv'] },
  ],
  // 셋업박스: how many say the set-top box
  [['셋업박스', '세톱박스', '세탑박스', '셋업 박스', '티비 박스'], { kinds: ['tv'] }],
  [
    [
      '에컨',
      '에어컨디션',
      '스탠드 에어컨',
      '스탠드에어컨',
      '스탠드형 에어컨',
      '벽걸이 에어컨',
      '벽걸이형 에어컨',
      '벽걸이에어컨',
      '시스템 에어컨',
      '시스템에어컨',
      '천장형 에어컨',
    ],
    { kinds: ['aircon'] },
  ],
  // the boiler's room controller (룸콘) is the heating
  [['룸콘', '룸 콘트롤러', '룸컨트롤러', '실내 온도 조절기', '각방 온도 조절기'], { kinds: ['heating'] }],
  [['바닥난방', '가스보일러', '가스 보일러', '기름보일러', '난방 보일러'], { kinds: ['heating'] }],
  // electric mats and blankets, which a hub switches through a plug
  [
    ['전기요', '전기담요', '전기 담요', '온열매트', '전기방석', '전기 방석', '옥매트', '카본매트'],
    { kinds: ['plug'] },
  ],
  [['빨래 기계', '새탁기'], { kinds: ['washer'] }],
  [
    ['로보트 청소기', '청소 로봇', '청소로봇', '로봇 물걸레', '물걸레 청소기', '물걸레 로봇'],
    { kinds: ['vacuum'] },
  ],
  // a recognizer's 청서기 for 청소기 (fixer fx44)
  [['청서기', '로봇 청서기', '로봇청서기'], { kinds: ['vacuum'] }],
  [['공기정화기', '공기 정화기'], { kinds: ['purifier'] }],
  [['환기설비', '환기 설비', '열교환기'], { kinds: ['ventilator', 'fan'] }],
  [
    ['번호키', '번호 키', '디지털도어락', '디지털 도어록', '디지털도어록', '스마트 도어락'],
    { kinds: ['lock'] },
  ],
  [
    [
      '벨브',
      '가스벨브',
      '가스 벨브',
      '발브',
      '가스 발브',
      '중간밸브',
      '중간 밸브',
      '가스렌지',
      '가스 잠금장치',
      // as elders say gas
      '까스',
      '까스 밸브',
      '까스밸브',
    ],
    { kinds: ['valve'] },
  ],
  [['속커튼', '레이스 커튼', '전동커튼', '전동 커튼'], { kinds: ['cover'], cls: 'curtain' }],
  [['버티컬', '롤스크린', '롤 스크린', '롤블라인드', '허니콤'], { kinds: ['cover'], cls: 'blind' }],
  [['인공지능 스피커', 'ai 스피커', '에이아이 스피커', '스마트 스피커'], { kinds: ['speaker'] }],
  [['온습도 센서', '공기질 측정기'], { kinds: ['sensor'] }],
  // appliances a home may not have: named, so that the answer says so
  [['안마의자', '안마 의자'], { kinds: ['massage'] }],
  [['전기난로', '석유난로', '가스난로'], { kinds: ['stove'] }],
  [['냉풍기'], { kinds: ['cooler'] }],
  [['음식물 처리기', '음식물처리기'], { kinds: ['foodwaste'] }],
  [['빔프로젝터', '빔 프로젝터', '프로젝터'], { kinds: ['projector'] }],
];

/** More words for refrigerator cabinets (see COMPARTMENTS). */
export const MORE_COMPARTMENTS: Array<[string[], string]> = [
  [['냉장 쪽'], 'Refrigerator'],
  [['냉동 쪽'], 'Freezer'],
  [['위쪽', '위쪽 칸', '윗쪽칸', '윗단', '맨 윗칸', '맨윗칸', '위에 칸'], 'Upper'],
  [
    ['밑칸', '맨 밑칸', '맨밑칸', '밑에 칸', '아랫쪽칸', '아랫단', '아래에 칸', '맨 아래칸', '맨아래칸'],
    'Lower',
  ],
];

/**
 * What a device is also called after a word of its name: a word of a speaker's name stands for its
 * maker's other names ("네이버 스피커" is the 클로바 스피커, "케이티 스피커" the 기가지니 스피커).
 */
export const NAME_MAKERS: Array<[string[], string[]]> = [
  [['클로바'], ['클로버', '네이버', '네이버 클로바']],
  [['누구'], ['에스케이', '에스케이티', 'sk', 'skt']],
  [['기가지니'], ['지니', '케이티', 'kt', '올레']],
];

/** Words of a device's name too plain to stand for it before a kind word ("환기 장치": 장치). */
export const PLAIN_NAME_PARTS = ['장치', '기기', '센서', '스위치', '차단기', '박스', '미니', '메인'];

/** How a device is built, said before its name ("스탠드형 김치냉장고"): a plain word, never a lamp (스탠드). */
export const DEVICE_SHAPES = ['스탠드형', '뚜껑형', '벽걸이형', '양문형', '빌트인'];

/** Words that hold a device word but name food or medicine ("돈까스 먹자 불 켜": no gas). */
export const NOT_DEVICES = [
  '돈까스',
  '돈가스',
  '치즈돈까스',
  '치즈돈가스',
  '까스활명수',
  '가스활명수',
  // a hand torch is no light of the home ("손전등 어디 뒀지")
  '손전등',
];

/**
 * Devices described instead of named (issue #13, natural-8 P, fixer fx7; data only): a guest or an
 * elder says where a thing hangs or what it does ("창문에 달린 그 천으로 된 거", "혼자 돌아다니면서
 *청소하는 거"). Each description is read as the device word it stands for (a word of that kind in
 * `KINDS`); lex.ts adds them to the static lexicon, longer than the words they begin with, so the
 * window a curtain hangs on is where it is, not a window to open.
 */
export const DESCRIBED: Array<[string[], string]> = [
  [
    [
      '창문에 달린',
      '창문에 달려 있는',
      '창문에 걸린',
      '창문에 걸려 있는',
      '창문에 쳐진',
      '창문에 붙은',
      '창에 달린',
      '창에 걸린',
      '창문 가리는',
      '창 가리는',
      '햇빛 가리는',
      '햇볕 가리는',
      '햇빛 막는',
      '천으로 된',
    ],
    '커튼',
  ],
  [['천장에 달린', '천장에 붙은', '천장에 매달린'], '전등'],
  [['찬바람 나오는', '찬 바람 나오는', '시원한 바람 나오는', '시원한 바람 나는', '찬바람 나는'], '에어컨'],
  [
    [
      '혼자 청소하는',
      '알아서 청소하는',
      '돌아다니면서 청소하는',
      '돌아다니며 청소하는',
      '혼자 돌아다니는',
      '청소하는 동그란',
      '동그란 로봇',
      '바닥 닦는 동그란',
    ],
    '로봇청소기',
  ],
  [['공기 깨끗하게 하는', '공기 맑게 하는', '공기 걸러 주는', '먼지 걸러 주는', '공기 나오는'], '공기청정기'],
  [['음식 넣어 두는', '음식 넣어 놓는', '반찬 넣어 두는', '음식 보관하는'], '냉장고'],
  [['빨래하는 기계', '빨래 돌리는 기계', '옷 빠는 기계'], '세탁기'],
  [['더운 바람 나오는', '따뜻한 바람 나오는', '뜨신 바람 나오는'], '난방기'],
];

/** "내 방 불 다 꺼 줘": the speaker's own room, said to the speaker in it, is the satellite's room (여기). */
export const MY_ROOM = ['내 방', '제 방', '우리 방'];

/** Thinking aloud before deciding ("어디 보자", "가만 있자"): words that ask nothing. */
export const THINKING = ['어디 보자', '어디보자', '가만 있자', '가만있자', '보자 보자', '뭐더라', '뭐였더라'];

/** An elder's Gyeongsang vowels of 낮춰 ("보일러 좀 낮차 주게", "낮촤 도"). */
export const DIALECT_DOWN = ['낮차', '낮촤', '낮차라', '낮촤라'];

/** "티비 옆에 있는 하얀 거": a device followed by where (옆에, 위에 …) is a landmark, not the target. */
export const LANDMARK_AFTER = ['옆에', '위에', '밑에', '아래에', '앞에', '뒤에', '근처에', '옆에다'];

/** Left as it was after changing one's mind ("…아 아니다 그냥 원래대로 둬", "그냥 두자"): called off. */
export const LEAVE_AS_WAS = [
  '원래대로 둬',
  '원래대로 놔 둬',
  '원래대로 놔둬',
  '원래대로 두자',
  '그냥 두자',
  '그냥 놔두자',
  '하지 말자',
  // "…켜 줘, 아니다 말자", "아니 관두자": the plan given up, said short
  '말자',
  '관두자',
  '그만두자',
  '그만둬',
  '하지 말아',
];

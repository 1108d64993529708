/**
 * Other homes and people in general ("다른 집들은 보일러 몇 도로 틀어 놓고 사는지 궁금하다", "남들은 에어컨
 * 하루 종일 켜 놓나?"): how others live is talk, asking nothing of this home (others.ts). Fixer fx24.
 */
export const OTHER_HOMES = [
  '다른 집',
  '다른 집들',
  '다른 댁',
  '딴 집',
  '딴 집들',
  '남의 집',
  '남의 집들',
  '남들은',
  '남들도',
  '남들',
  '다른 사람들은',
  '다른 사람들도',
  '다른 사람들',
  '딴 사람들',
  '다른 집 사람들',
  '다른 가족들',
  '다른 엄마들',
  // a neighbour's home said as the topic (옆집에서 다 보여 stays the view into this one)
  '옆집은',
  '옆집도',
  '윗집은',
  '윗집도',
  '아랫집은',
  '아랫집도',
];

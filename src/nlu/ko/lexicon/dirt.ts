/**
 * A floor said to be dirty, a complaint whose remedy is the robot vacuum: a cleaning run asked even when
 * said as a remark ("바닥이 지저분하네", "머리카락이 굴러다니네"; remark.ts).
 */
export const DIRTY_FLOOR = [
  '바닥에 먼지',
  '바닥이 먼지투성',
  '바닥이 온통 먼지',
  '먼지투성이',
  '바닥 먼지',
  '바닥이 지저분',
  '지저분',
  '바닥이 더러',
  '바닥이 너무 더러',
  '바닥이 꾀죄죄',
  '바닥이 까끌',
  '바닥이 서걱',
  '바닥에 머리카락',
  '머리카락이 굴러',
  '머리카락이 너무',
  '머리카락이 많',
  '머리카락 천지',
  '부스러기',
  '털이 날려',
  '털이 너무 많',
  '털 천지',
  '먼지가 굴러',
  '먼지가 뭉쳐',
  '먼지 뭉치',
  '먼지 천지',
  '먼지가 수북',
  '모래가 밟혀',
  '발에 뭐가 밟혀',
];

/**
 * A purpose said before the request with -게 ("빨래 개게 안방 불 켜 줘", "책 읽게 거실 불 좀 켜"): the verb and its
 * 게 close a clause of reason, as 려고 does, so what it names (빨래, 티비) runs nothing of its own. Only verbs of
 * what people do, never of how a thing is (밝게, 따뜻하게 are how the request is to be done). Fixer fx34, issue #13.
 */
export const PURPOSE_ENDS = [
  '개게',
  '널게',
  '말리게',
  '자게',
  '쉬게',
  '먹게',
  '읽게',
  '씻게',
  '놀게',
  '눕게',
  '갈아입게',
  '찾게',
  '일하게',
  '공부하게',
  '요리하게',
  '설거지하게',
  '샤워하게',
  '운동하게',
  '통화하게',
  '숙제하게',
  '화장하게',
  '준비하게',
];

/**
 * Long everyday turns (issue #13, natural-9 Q, fixer fx9; data only). lex.ts adds these words to the
 * static lexicon.
 */

/** A verb said with the 고 that joins it to the next clause, where its stem alone is too short to be
 * read safely ("커튼 치고 현관문도 잠가 줘": 치 alone begins 치킨, 치과, 김치). */
export const VERB_THEN: Array<[string[], 'close']> = [[['치고', '쳐 놓고', '쳐놓고', '쳐 두고'], 'close']];

/** What belongs to a device and is not the device ("에어컨 리모컨은 어디 갔지"): said right after it,
 * the device is only its owner, never the target. */
export const ACCESSORIES = [
  '리모컨',
  '리모콘',
  '설명서',
  '사용설명서',
  '충전기',
  '충전선',
  '전원선',
  '플러그 선',
  '보증서',
  '영수증',
  '박스',
  '상자',
];

/** Connectives after a value that lead on to the action that takes it ("세게 해서 켜 줘"). */
export const VALUE_THEN = ['해서', '해 가지고', '해가지고', '해 갖고', '해갖고'];

/** How a device left as it is ends before the rest is switched ("켜 두고", "켜 놓고", "놔두고"): kept-rest.ts. */
export const KEPT_ENDS = ['두고', '놓고', '놔두고'];

/**
 * Talk about products, not requests (issue #13's chit-chat of brands, fixer fx36): a price asked or
 * told ("비스포크 냉장고 요즘 얼마 하냐", "그거 얼마짜리야"), and a make or line weighed against
 * another with 보다 ("엘지 에어컨이 삼성보다 전기 덜 먹나?"), made from the brand and line lexicon.
 */
import { BRANDS, PRODUCT_LINES } from './speech.js';

const PRICE = [
  '얼마 하',
  '얼마하',
  '얼마짜리',
  '얼마 짜리',
  '얼마 줬',
  '얼마 주고',
  '얼마에 샀',
  '얼마에 팔',
];

const THAN = [...BRANDS.flatMap((b) => b.words), ...PRODUCT_LINES.flatMap((l) => l.words)].map(
  (w) => `${w}보다`,
);

export const PRODUCT_TALK = [...PRICE, ...THAN];

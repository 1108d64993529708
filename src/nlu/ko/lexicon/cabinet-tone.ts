/**
 * Words that make a thing colder or warmer said with no device ("좀 더 차갑게 해 줘"), read as the refrigerators'
 * temperature where only refrigerators are (cabinet-tone.ts). Fixer fx44, issue #13 (natural-22 R).
 */
export const CABINET_COLDER = ['차갑게', '차게', '더 얼게', '꽁꽁', '차디차게'];
export const CABINET_WARMER = ['덜 차갑게', '덜 차게', '미지근하게'];
// (시원하게 and 세게 are left out: a room made cool, a fan made strong)

/**
 * A switch's sound said for switching ("거실 불 딸깍", "장판 똑딱"): the device goes to the other state from the
 * one it is in (click.ts; fixer fx45). Single syllables (탁, 톡) are left out: 탁 begins 탁해 (stale air).
 */
export const CLICK_WORDS = ['딸깍', '딸칵', '딸각', '달칵', '달깍', '똑딱', '딸까닥', '클릭'];

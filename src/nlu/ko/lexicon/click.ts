/**
 * A switch's sound said for switching ("거실 불 딸깍", "장판 똑딱"): the device goes to the other state from the
 * one it is in (click.ts; fixer fx45). Single syllables (탁, 톡) are left out: 탁 begins 탁해 (stale air).
 */
export const CLICK_WORDS = ['딸깍', '딸칵', '딸각', '달칵', '달깍', '똑딱', '딸까닥', '클릭'];

/** Words after the click word that make it a sound reported, not a switch asked ("불에서 딸깍 소리가 나"). */
export const CLICK_HEARD_AFTER = ['소리', '하는소리', '거려', '거리네', '거린다'];

/** The particle of where a sound comes from ("스위치에서 딸깍"): a report, not a request. */
export const SOUND_FROM = ['에서'];

/** Words of frame.ts's rules (data). */

/** "KBS 할 시간이다, 틀어 줘": the noun 시간 in a clause that acts is its moment, not a question of the time. */
export const TIME_NOUN = '시간';

/**
 * A question about what is going on now, said with the present adnominal before 거야 ("몇 번 보는 거야?", "무슨
 * 채널 보고 있는 거야", "뭐 틀어 놓은 거야?"): 거야 only ends it, it is no plan for later (asked-now-is.ts, fixer
 * fx43). "볼 거야" (going to watch) keeps its reading.
 */

/** 거야 and its kin after the adnominal. */
export const NOW_IS_ENDS = ['거야', '거예요', '거에요', '거냐', '거니', '거임', '건가', '건가요', '거지'];

/** The present adnominal said right before it (보는, 있는, 놓은 — a verb's, not a complaint's). */
export const NOW_ADNOMINAL = ['는', '놓은', '놔둔', '둔'];

/** A word that asks, said before it in the turn. */
export const NOW_ASKING = ['몇', '뭐', '무슨', '어느', '어떤', '어디'];

/** A verb read with its 거 ("트는거") before these asks too: "몇 번 트는 거야". */
export const NOW_IS_TAILS = ['야', '예요', '에요', '냐', '니', '지', '임'];

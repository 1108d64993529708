/**
 * Words for how the clauses of a long turn relate (fixer fx21, issue #13, natural-17 G/H): a question
 * passed on from someone else, weighing whether to do something, the assistant called by mistake, a
 * never-mind after an aside. Matched in the spacing-free text unless said otherwise.
 */

/** "…냐고 물어보래", "…는지 여쭤보래": a question someone at home asked to be put to the hub. */
export const RELAYED_ASKS = [
  '냐고 물어보래',
  '냐고 물어봐',
  '냐고 물어보',
  '냐고 묻',
  '냐고 여쭤',
  '냐고 하시',
  '냐고 하던데',
  '냐고 궁금해',
  '는지 물어보래',
  '는지 물어봐',
  '는지 물어보',
  '는지 여쭤',
  '는지 궁금해',
  '는지 알아봐',
  '는지 알아 봐',
];

/** "켤지 말지", "틀지 안 틀지": whether or not, weighed aloud; never itself a request. */
export const WHETHER_OR_NOT = ['지 말지', '지 안 할지', '지 안 켤지', '지 안 틀지', '지 말지를', '까 말까를'];

/** "잘못 불렀어", "그냥 불러 봤어": the assistant woken by mistake, nothing asked (mis-wake.ts). */
export const MIS_WAKE = [
  '잘못 불렀',
  '잘못 부른',
  '실수로 불렀',
  '실수로 부른',
  '그냥 불러 봤',
  '그냥 불러봤',
  '너 부른 거 아니',
  '부른 거 아니',
  '부른 게 아니',
  '잘못 눌렀',
  '잘못 말 걸었',
];

/** Plain words that begin like home words and say nothing to the home ("꺼내" is no 꺼). */
export const PLAIN_LOOKALIKES = ['꺼내', '꺼낼', '꺼냈'];

/** The outdoors ("밖에서", "바깥이"): talk of the weather alone, of the home when a room is said with it. */
export const OUTDOORS = ['밖에', '밖이', '밖은', '바깥', '밖에서'];

/**
 * The assistant asked whether it can sing, or to try ("넌 노래도 부를 수 있어?", "한 번 불러 볼래"): its own
 * singing is small talk (sing.ts); "노래 불러 줘" may mean a song played and is left as it was.
 */
export const SING_WORDS = ['노래'];
export const SING_VERBS = ['불러 볼래', '불러 봐', '불러봐', '불러 볼', '부를 수', '부를 줄', '부를줄'];

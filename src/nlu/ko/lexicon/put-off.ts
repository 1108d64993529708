/**
 * A chore let go till later with a shrug ("…깜빡했네, 뭐 내일 하지 뭐", "나중에 돌리면 되지"): the time
 * word, then at most a few syllables of the verb, then the shrugging ending, at the end of the
 * spacing-free text (shrug.ts). Fixer fx24, natural-20 M.
 */
export const PUT_OFF_WHEN = ['내일', '나중에', '이따가', '이따', '다음에', '모레', '주말에', '낼'];
export const PUT_OFF_ENDS = [
  '지뭐',
  '지머',
  '면되지',
  '면되지뭐',
  '면돼',
  '면되겠지',
  '야겠다',
  '야지뭐',
  '지요뭐',
];

/**
 * A white light's tone said as an adjective of feeling and a word for its colour ("따뜻한 톤으로", "포근한 색",
 * "차가운 톤", "형광등 불빛", "중간 색"), as kelvin (fixer fx37, issue #13's colour temperature). The pairs are
 * made from the two lists below; words already listed elsewhere are left to their own list.
 */
const TONE_NOUNS = ['톤', '색', '색깔', '빛', '빛깔', '불빛', '느낌', '분위기', '조명', '불'];

const TONE_ADJECTIVES: Array<[string[], number]> = [
  [['따뜻한', '따듯한', '뜨뜻한', '포근한', '아늑한', '은은한', '노란', '노오란', '주황', '웜'], 2700],
  [['중간', '중성', '자연스러운', '내추럴', '뉴트럴', '자연'], 4000],
  [['차가운', '차거운', '시원한', '하얀', '흰', '새하얀', '쨍한', '푸른', '형광등', '쿨'], 6500],
];

export function toneNouns(known: Set<string>): Array<[string[], number]> {
  return TONE_ADJECTIVES.map(([adjs, k]) => [
    adjs.flatMap((a) => TONE_NOUNS.map((n) => `${a} ${n}`)).filter((w) => !known.has(w.replace(/ /g, ''))),
    k,
  ]);
}

/**
 * Particles and endings that rule files look for between tokens (data): one name per use, so a rule
 * says what it looks for ("MARKS.also") and the Korean is here. The language's own machinery
 * (particles after names, numerals, jamo) stays in particles.ts, numbers.ts and text.ts.
 */
export const MARKS = {
  /** 도 joining a target or a room ("TV도", "안방도"; also-room.ts, joined.ts). */
  also: '도',
  /** 좀, the softener ("좀 켜 줘"). */
  softener: '좀',
  /** …ㄹ까, a verb weighed or offered ("켤까"; both.ts). */
  weighed: '까',
  /** 다 ("다 됐다", "시간이다"; genre-why.ts). */
  plainEnd: '다',
  /** …대, hearsay ("나쁘대"; remark.ts). */
  hearsayEnd: '대',
  /** …는데 after a verb ("켰는데"; contrast-on.ts). */
  contrast: '는데',
  /** 한, the adnominal of 하다 ("추운 한"; felt-is.ts). */
  didAdnominal: '한',
  /** 뭐 asked of a search ("뭐 찾아"; search-word.ts). */
  what: '뭐',
  /** The polite 요 at the end (how-asked.ts). */
  polite: '요',
  /** 라 of a quoted request and the 래 it is read as ("켜 달라" → "켜 달래"; relayed-tail.ts). */
  quoted: '라',
  quotedAs: '래',
  /** 거 after an adnominal ("하는 거"; asked-now-is.ts). */
  thing: '거',
  /** 해 / 하 of doing, and 해 주 / 해 줘 asked (activity-asked.ts). */
  doStems: ['해', '하'],
  doAsked: ['해주', '해줘'],
  /** 열 of the verb 열다 (idiom-verbs.ts) and the particle of direction after it (으로, 로). */
  open: '열',
  toParticles: ['으로', '로'],
  /** 하고 joining ("반만 하고"; listed.ts, value-and.ts) and 고 ending a clause. */
  andWith: '하고',
  join: '고',
  /** The topic particles (joined.ts). */
  topic: ['은', '는'],
  /** 주 / 줘 of a request (value-and.ts). */
  give: ['줘', '주'],
  /** 넘어가 / 넘어서, passing a value (threshold-asked.ts). */
  passing: ['넘어가', '넘어서'],
  /** 서 of cause or sequence ("나가서"; upon.ts, upon-inside.ts, past-told.ts). */
  because: '서',
  /** 겠 of a guess ("춥겠다"; worry-after.ts). */
  guess: '겠',
  /** 더 of a retrospective ending ("켜더라"; told-then-asked.ts). */
  retrospective: '더',
  /** 기 of a nominalized verb ("켜기"; reason-after.ts). */
  nominal: '기',
  /** 게 of a promise of one's own, with 요 ("끌게요"; own-instead.ts). */
  promise: '게',
  promisePolite: '게요',
  /** 로 at the end of a particle ("반으로"; request-done.ts). */
  to: '로',
  /** 가 / 나 of a guess asked ("올라갔나", "됐는가"; look-reading.ts). */
  guessAsked: ['가', '나'],
  /** 하 of a verb of doing before a judgement (judged.ts). */
  doStem: '하',
  /** 주 of a request, alone ("해 주고"; clause-ends.ts, lex.ts). */
  giveStem: '주',
  /** 해 of doing (lex.ts: 해 before each ending of 주). */
  doIt: '해',
  /** …면, a condition (lex.ts). */
  ifEnd: '면',
  /** 야 of obligation after a verb ("해야 돼"; clause-ends.ts). */
  must: '야',
  /** 다 of all ("다 꺼"; clauses.ts, household.ts). */
  all: '다',
  /** Imperative endings of one syllable kept as a verb's tail ("켜줘", "봐"; clauses.ts). */
  shortImperatives: '줘봐놔둬',
  /** 이 / 겠 before a plain 다 ("학생이다", "못 하겠다"; clauses.ts). */
  beforePlainEnd: ['이', '겠'],
  /** The ends of an adnominal state ("켜진", "켜져 있는"; lit.ts). */
  adnominalEnds: ['진', '인', '는'],
  /** 는 of the adnominal present, right after a verb ("돌아가는 선풍기"; lit.ts). */
  present: '는',
  /** 고 / 서 after a state left so ("켜 놓고", "켜 놔서"; lit.ts). */
  leftSoEnds: ['고', '서'],
  /** 에 after 때문 ("때문에": a reason; lit.ts). */
  at: '에',
  becauseNoun: '때문',
  /** 안 of a negation said before a complaint (household.ts). */
  not: '안',
  /** The object particles (ha.ts: the item of a shopping list). */
  object: ['을', '를'],
  /** What may follow a past-tense syllable in a question ("켰어?", "껐어요?"; past-asked.ts). */
  pastAskedTails: ['', '어', '어요'],
  /** 청소 said with the verb of cleaning (turn.ts). */
  cleaning: '청소',
  /** 보 of looking (turn.ts). */
  see: '보',
  /** 몇 / 얼마 asking a reading (usage.ts). */
  howMuch: ['몇', '얼마'],
  /** 써, dialect for 켜 said of lights (usage.ts). */
  dialectOn: '써',
  /** 고 of the quotative 다고, and the 다 before it ("크다고"; quoted-complaint.ts). */
  quoteJoin: '고',
  quoteEnd: '다',
  /** 에서 of who passed a complaint on ("옆집에서"; quoted-complaint.ts). */
  from: '에서',
  /** 고 closing what a complaint keeps one from, with 못 / 안 ("책도 못 읽겠고"; keeps-from.ts). */
  keepsJoin: '고',
  keepsNot: ['못', '안'],
};

/**
 * When a cycle ends, asked by its time (issue #13, fixer fx18): "세탁기 끝날 시간 언제야", "빨래 언제쯤
 * 끝나", "청소 몇 시에 끝나" ask how much is left, as "몇 분 남았어" and "언제 끝나" do (words.ts's
 * remaining). Longer than 시간 (the clock's time), so the time of the end is read first.
 */
export const FINISH_TIME = [
  '끝날 시간',
  '끝나는 시간',
  '끝나는 시각',
  '끝날 시각',
  '언제쯤 끝',
  '언제 쯤 끝',
  '몇 시에 끝',
  '몇 시쯤 끝',
  '몇 시 쯤 끝',
  // fixer fx37: how long until it ends ("세탁 끝나려면 얼마나 걸려?", "다 돌려면 몇 분 걸려?")
  '끝나려면',
  '끝날 때까지',
  '끝나기까지',
  '끝나기 전까지',
  '다 되려면',
  '다 돌려면',
  '다 돌기까지',
  '완료되려면',
  '완료까지',
];

/** "…끝날 시간 언제야": when, asked as a word of its own after the time of the end. */
export const WHEN_ASKED = [
  '언제야',
  '언제예요',
  '언제에요',
  '언제니',
  '언제냐',
  '언제지',
  '언제쯤이야',
  '언제쯤이에요',
  '언제쯤이니',
  '언제쯤일까',
  '언제일까',
];

/**
 * Verbal nouns that name an action whole ("음소거", "소등", "일시정지"): said first in a spoken word, one begins a
 * request of its own after a request said to its end (verb-noun.ts).
 */
export const VERBAL_NOUNS = [
  '음소거',
  '음소거 해제',
  '음소거 취소',
  '소등',
  '점등',
  '일시정지',
  '일시 정지',
  '재생',
  '문단속',
  '뮤트',
  '언뮤트',
  '급속냉동',
  '급속 냉동',
  '급속냉각',
  '급속 냉각',
];

/**
 * Programme genres and the channels that carry them, so that "뉴스 틀어 줘" picks a news channel
 * from the home's lineup. A channel belongs to a genre when its name or an alias is one of the
 * genre's known channels, or contains one of the genre's words ("연합뉴스TV" → news).
 */
export interface Genre {
  /** What people say for the genre ("뉴스", "만화"). */
  words: string[];
  /** Channel names of that genre on Korean lineups (compared spacing- and case-insensitively). */
  channels: string[];
  /** Parts of a channel name that give the genre away ("뉴스", "sports"). */
  marks: string[];
}

export const GENRES: Genre[] = [
  {
    words: ['뉴스', '뉴스 채널', '보도', '시사', '속보', '뉴스 방송'],
    channels: ['YTN', '연합뉴스TV', '연합뉴스', '뉴스Y', 'SBS Biz', '한국경제TV', 'MBN 뉴스', 'KBS 뉴스'],
    marks: ['뉴스', 'news'],
  },
  {
    words: [
      '만화',
      '만화 채널',
      '만화영화',
      '애니',
      '애니메이션',
      '어린이 채널',
      '어린이 방송',
      '키즈',
      '키즈 채널',
      '뽀로로',
    ],
    channels: [
      '투니버스',
      '카툰네트워크',
      '니켈로디언',
      '디즈니채널',
      '디즈니주니어',
      '재능TV',
      'EBS키즈',
      '애니맥스',
      '대교어린이TV',
    ],
    marks: ['키즈', 'kids', '애니', '툰', '어린이'],
  },
  {
    words: ['스포츠', '스포츠 채널', '야구', '축구', '농구', '배구', '야구 중계', '축구 중계', '경기 중계'],
    channels: ['SPOTV', 'SPOTV2', 'KBS N SPORTS', 'MBC SPORTS+', 'SBS Sports', 'JTBC GOLF', 'IB SPORTS'],
    marks: ['스포츠', 'sports', 'spotv', '골프'],
  },
  {
    words: ['영화', '영화 채널', '영화 방송'],
    channels: ['OCN', 'OCN Movies', '채널CGV', '캐치온', '캐치온플러스', '스크린', '씨네프'],
    marks: ['무비', 'movie', '시네', 'cgv'],
  },
  {
    words: ['드라마', '드라마 채널', '예능', '예능 채널'],
    channels: ['tvN', 'KBS드라마', 'MBC드라마넷', 'SBS플러스', '드라맥스', 'E채널', 'MBC every1'],
    marks: ['드라마'],
  },
  {
    words: ['교육 방송', '교육 채널', '다큐', '다큐멘터리'],
    channels: ['EBS1', 'EBS2', 'EBS', '내셔널지오그래픽', '디스커버리'],
    marks: ['다큐', 'docu'],
  },
  {
    words: ['홈쇼핑', '홈쇼핑 채널', '쇼핑 채널'],
    channels: ['GS SHOP', 'CJ온스타일', '현대홈쇼핑', '롯데홈쇼핑', 'NS홈쇼핑', '홈앤쇼핑', '공영쇼핑'],
    marks: ['홈쇼핑', '쇼핑'],
  },
];

/** What the speaker means to watch, said as a purpose ("뉴스 보게", "드라마 보려고"; genre-why-on.ts, fixer fx46). */
export const WATCH_PURPOSE = [
  '보게',
  '보시게',
  '보시려고',
  '보려고',
  '볼려고',
  '보려구',
  '볼라고',
  '보려는데',
  '볼려는데',
  '볼 거라',
  '볼거라',
];

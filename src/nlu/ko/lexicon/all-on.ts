/** "켜져 있는 거 다 꺼": everything that is on, no kind named (all-on.ts). Spacing-free forms. */

/** What is on, said as a thing ("켜져 있는 거", "켜 놓은 것"), with its plural or topic ending. */
export const ON_THINGS = [
  '켜져있는거',
  '켜져있는것',
  '켜있는거',
  '켜진거',
  '켜진것',
  '켜놓은거',
  '켜놓은것',
  '켜둔거',
  '켜둔것',
  '틀어놓은거',
  '틀어져있는거',
];
export const ON_THING_ENDS = ['들', '들은', '은', '는', '들다'];
/** All of them, said after the thing ("다", "전부"). */
export const ALL_AFTER = ['다', '전부', '모두', '싹', '싹다', '죄다', '몽땅'];
/** The whole home said before it ("집에 켜져 있는 거", "온 집안에"). */
export const WHOLE_HOME = ['집에', '집안에', '온집안', '집전체', '우리집', '집에있는'];

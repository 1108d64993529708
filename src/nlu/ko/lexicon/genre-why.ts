/**
 * A programme's time come or begun, said as a statement (issue #13, fixer fx18; genre-why.ts): what
 * follows the verb of a genre's clause ("예능 시작했겠다", "뉴스 한다", "드라마 하겠네") when it is told,
 * not asked. "하는 데로" (where it is on) is no statement: it asks for the channel.
 */
export const PROGRAMME_TOLD = [
  '했겠',
  '하겠',
  '했을',
  '했네',
  '했다',
  '했어',
  '했잖',
  '한다',
  '하네',
  '하잖',
  '할때',
  '할거',
  '할건',
  '하고있',
  '중이',
] as const;

/** "드라마 할 시간 됐다": the time come, said after 시간 (read elsewhere as a never-mind). */
export const TIME_COME_ENDS = ['됐다', '됐어', '됐네', '됐잖아', '됐다니까', '되었다', '되었네'];

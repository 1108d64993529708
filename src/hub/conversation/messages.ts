/** The Korean phrasing of the pipeline's own replies (the engine phrases the rest). */

/** What a PIN turn is recorded as: spoken PINs never reach the audit log, the bus, the logs or a reply. */
export const PIN_TEXT = '(비밀번호)';

export const MESSAGES = {
  noWakeWord: '',
  notUnderstood: '죄송해요, 잘 못 알아들었어요.',
  pinPrompt: '보안을 위해 비밀번호를 말씀해 주세요.',
  pinWrong: '비밀번호가 맞지 않아요. 다시 말씀해 주세요.',
  pinBlocked: '비밀번호가 여러 번 틀려서 10분 동안 음성으로 잠금을 해제할 수 없어요.',
  pinNotSet: '음성 비밀번호가 설정되어 있지 않아서 음성으로는 할 수 없어요.',
  stopped: '알겠어요, 멈출게요.',
} as const;

const opensOrLocks = (command: string): 'open' | 'lock' | 'other' =>
  /Unlock|Open/.test(command) ? 'open' : /Lock|Close/.test(command) ? 'lock' : 'other';
/** "열 수 없어요", "잠글 수 없어요", "조작할 수 없어요". */
export const canVerb = (command: string) =>
  ({ open: '열', lock: '잠글', other: '조작할' })[opensOrLocks(command)];
/** "열려면", "잠그려면", "조작하려면". */
export const toVerb = (command: string) =>
  ({ open: '열려면', lock: '잠그려면', other: '조작하려면' })[opensOrLocks(command)];

/** Questions back when a setting is asked to be changed with no value said ("냉장고 온도 좀 바꿔 줘"). */
export const WHICH_VALUE: Record<string, string> = {
  temperature: '{n} 온도를 몇 도로 맞출까요?',
  brightness: '{n} 밝기를 몇 퍼센트로 맞출까요?',
  fan: '{n} 바람 세기를 어떻게 맞출까요?',
};

/**
 * A change verb said as a plain imperative with nothing after it ("온도 좀 바꿔", "밝기 맞춰라"): asked as 바꿔 줘 is
 * (plan/ask-value.ts; fixer fx45).
 */
export const CHANGE_PLAIN = ['바꿔', '바꿔라', '맞춰', '맞춰라', '바꾸라'];

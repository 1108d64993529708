/** The Korean words of routines (replies to voice, announcements, names): a message catalog. */

export const ROUTINE_MESSAGES = {
  confirm: '{summary}, 이 루틴을 만들까요?',
  created: '알겠어요. "{name}" 루틴을 만들었어요.',
  cancelled: '알겠어요, 루틴을 만들지 않을게요.',
  confirmAgain: '루틴을 만들까요? "네" 또는 "아니요"로 말씀해 주세요.',
  refused: '그 루틴은 만들 수 없어요. {reason}',
  notUnderstoodAction: '루틴에서 무엇을 할지 알아듣지 못했어요.',
  notUnderstoodTrigger: '언제 실행할지 알아듣지 못했어요.',
  noSuchRoutine: '"{name}" 루틴을 찾지 못했어요.',
  disabled: '"{names}" 루틴을 껐어요.',
  enabled: '"{names}" 루틴을 켰어요.',
  deleted: '"{names}" 루틴을 지웠어요.',
  ran: '"{name}" 루틴을 실행할게요.',
  listNone: '아직 만든 루틴이 없어요.',
  list: '루틴이 {count}개 있어요. {names}.',
  listOff: '{name}(꺼짐)',
  /** A routine this assistant may not switch, delete or run by voice (src/routines/voice-gate.ts). */
  manageNotAllowed:
    '"{name}" 루틴은 {assistant} 조작할 수 없는 {device} 기기를 다뤄서 음성으로 바꾸거나 실행할 수 없어요.',
  manageFailed: '그렇게 할 수 없어요. {reason}',
  managePin:
    '"{name}" 루틴에는 비밀번호가 필요한 {device} 동작이 있어서 음성으로 바꾸거나 실행할 수 없어요. 앱에서 해 주세요.',
  /** Why a routine was refused, by the gate's code. */
  reasonForbidden: '{device}의 그 동작은 보안 규칙상 허브에서 할 수 없어요.',
  reasonPin: '{device}의 그 동작은 비밀번호가 필요해서 음성으로 만든 루틴에는 넣을 수 없어요.',
  reasonNotAllowed: '{assistant}는 {device}를 조작할 수 없어요.',
  reasonLoop: '다른 루틴과 서로 계속 실행하게 되는 루틴이에요.',
  reasonOther: '{message}',
} as const;

/** Time words: "오전 7시", "오후 7시 30분". */
export const TIME_WORDS = {
  everyDay: '매일',
  weekdays: '평일',
  weekend: '주말',
  am: '오전',
  pm: '오후',
  hour: '{h}시',
  minute: '{m}분',
  at: '에',
} as const;

/** What a device trigger says, by event: "{device}이 열리면". */
export const WHEN_WORDS: Record<string, string> = {
  opened: '{device} 열리면',
  closed: '{device} 잠기면',
  on: '{device} 켜지면',
  off: '{device} 꺼지면',
  cycleFinished: '{device} 작동이 끝나면',
  cycleStarted: '{device} 작동이 시작되면',
};

/** What an action does, by command: "거실 조명 켜기". */
export const DO_WORDS: Record<string, string> = {
  On: '{device} 켜기',
  Off: '{device} 끄기',
  Toggle: '{device} 켜고 끄기',
  LockDoor: '{device} 잠그기',
  UnlockDoor: '{device} 열기',
  Open: '{device} 열기',
  Close: '{device} 잠그기',
  Start: '{device} 시작하기',
  Stop: '{device} 멈추기',
  MoveToLevel: '{device} 밝기 맞추기',
  MoveToLevelWithOnOff: '{device} 밝기 맞추기',
  SetTemperature: '{device} 온도 맞추기',
  WriteAttributes: '{device} 설정 바꾸기',
  announce: '{target}에서 알리기',
  other: '{device} 조작하기',
};

/** Announcements a routine made by voice speaks, by the trigger's event and device type. */
export const ANNOUNCE_WORDS: Record<string, string> = {
  'cycleFinished:LaundryWasher': '세탁이 끝났어요.',
  'cycleFinished:LaundryDryer': '건조가 끝났어요.',
  'cycleFinished:Dishwasher': '식기세척이 끝났어요.',
  cycleFinished: '{device} 작동이 끝났어요.',
  cycleStarted: '{device} 작동이 시작됐어요.',
  opened: '{device} 열렸어요.',
  closed: '{device} 잠겼어요.',
  on: '{device} 켜졌어요.',
  off: '{device} 꺼졌어요.',
  time: '{time}이에요.',
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** A measured quantity crossing a threshold ("아이방 이산화탄소 1000ppm 넘으면"), said back and announced. */
export const MEASURE_WORDS = {
  above: '{place} {name} {value}{unit} 넘으면',
  below: '{place} {name} {value}{unit} 아래로 내려가면',
  announceAbove: '{place} {subject} {value}{unit} 넘었어요.',
  announceBelow: '{place} {subject} {value}{unit} 아래로 내려갔어요.',
  whichSensor: '어느 방의 {name} 센서인지 함께 말씀해 주세요.',
} as const;

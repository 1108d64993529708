/**
 * Recognizer sound-alikes of a device word that are another word alone (가수 is a singer): each is read as the
 * device only right before a word of what is done to that device ("가수 잠가" → 가스 잠가; "가수 노래 틀어" stays).
 * Fixer fx44 (issue #13, speech-recognizer output). Read by heard-device.ts.
 */
export const HEARD_DEVICES: Array<{ heard: string; meant: string; before: string[] }> = [
  {
    heard: '가수',
    meant: '가스',
    before: [
      '잠가',
      '잠궈',
      '잠거',
      '잠그',
      '잠금',
      '잠갔',
      '잠겼',
      '차단',
      '밸브',
      '벨브',
      '중간 밸브',
      '중간밸브',
    ],
  },
];

/** Words that may stand between the heard word and its action ("가수 좀 잠가"). */
export const HEARD_BETWEEN = ['좀', '빨리', '얼른'];

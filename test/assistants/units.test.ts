import { describe, expect, it } from 'vitest';
import { Arbiter } from '../../src/assistants/arbitration.js';
import { MemoryBus } from '../../src/bus/memory.js';
import { hashPin, verifyPin } from '../../src/gate/pin.js';
import { matchMediaCommand } from '../../src/nlu/ko/media.js';
import { eul, eun, euro } from '../../src/nlu/ko/particles.js';
import { parsePinDigits } from '../../src/nlu/ko/pin-digits.js';
import { isUniversalStop, WakeWords } from '../../src/nlu/ko/wake.js';
import { FakeClock } from './support/hub.js';

describe('wake words', () => {
  const w = new WakeWords([
    { id: 'bixby', name: '빅스비', provider: 'Samsung', wakeWords: ['하이 빅스비', '빅스비'] },
    { id: 'thinq', name: 'LG 씽큐', provider: 'LG', wakeWords: ['하이 엘지', '하이 LG'] },
  ]);
  it('matches with any spacing, punctuation and Latin case, longest first', () => {
    expect(w.match('하이빅스비, 불 꺼줘')).toMatchObject({ assistant: { id: 'bixby' }, rest: '불 꺼줘' });
    expect(w.match('빅스비! 불 꺼줘')?.rest).toBe('불 꺼줘');
    expect(w.match('하이 lg… 에어컨 켜줘')).toMatchObject({
      assistant: { id: 'thinq' },
      rest: '에어컨 켜줘',
    });
    expect(w.match('불 꺼줘 빅스비')).toBeNull();
  });
});

describe('arbitration', () => {
  const setup = () => {
    const clock = new FakeClock();
    const bus = new MemoryBus();
    const events: string[] = [];
    bus.on('dialogStateChanged', (e) => events.push(`${e.satellite}:${e.state}:${e.assistant}`));
    return { clock, events, a: new Arbiter('h', bus, clock, { listenMs: 5000 }) };
  };

  it('goes listening → thinking → speaking → idle, and emits each state', () => {
    const { clock, events, a } = setup();
    expect(a.admit('s', 'x')).toBe('ok');
    a.begin('s', 'x', 'c1');
    expect(a.dialog('s').state).toBe('thinking');
    expect(a.admit('s', 'y')).toBe('busy');
    a.speak('s', 'x', 'c1', '알겠어요', false);
    expect(a.dialog('s').state).toBe('speaking');
    expect(a.admit('s', 'y')).toBe('ok');
    clock.advance(1000);
    expect(a.dialog('s').state).toBe('idle');
    expect(events).toEqual(['s:listening:x', 's:thinking:x', 's:speaking:x', 's:idle:x']);
    a.close();
  });

  it('listens for the answer after a question, ignoring other assistants until the window ends', () => {
    const { clock, a } = setup();
    a.begin('s', 'x', 'c1');
    a.speak('s', 'x', 'c1', '비밀번호를 말씀해 주세요', true);
    clock.advance(3000);
    expect(a.dialog('s')).toMatchObject({ state: 'listening', assistant: 'x' });
    expect(a.admit('s', 'y')).toBe('busy');
    expect(a.admit('s', 'x')).toBe('ok');
    clock.advance(5000);
    expect(a.dialog('s').state).toBe('idle');
    a.close();
  });

  it('drops the answer of a dialog that was barged in on, and ends a dialog on stop', () => {
    const { a } = setup();
    a.begin('s', 'x', 'c1');
    a.begin('s', 'y', 'c2');
    a.speak('s', 'x', 'c1', '늦은 대답', false);
    expect(a.dialog('s')).toMatchObject({ state: 'thinking', assistant: 'y' });
    expect(a.end('s')).toMatchObject({ assistant: 'y', conversationId: 'c2', state: 'thinking' });
    expect(a.dialog('s').state).toBe('idle');
    a.close();
  });

  it('de-duplicates the same words of the same assistant on other satellites within 2 s', () => {
    const { clock, a } = setup();
    expect(a.duplicate('s1', 'x', '불 꺼줘')).toBe(false);
    clock.advance(1500);
    expect(a.duplicate('s2', 'x', '불, 꺼 줘')).toBe(true);
    expect(a.duplicate('s2', 'y', '불 꺼줘')).toBe(false);
    expect(a.duplicate('s1', 'x', '불 꺼줘')).toBe(false);
    clock.advance(2100);
    expect(a.duplicate('s3', 'x', '불 꺼줘')).toBe(false);
    a.close();
  });

  it('knows the universal stop words', () => {
    for (const t of ['그만', '멈춰', '그만해', '멈춰!', '스톱']) expect(isUniversalStop(t)).toBe(true);
    for (const t of ['불 꺼', '음악 멈춰', '']) expect(isUniversalStop(t)).toBe(false);
  });
});

describe('media phrases', () => {
  it('recognises play, pause, resume, next, volume', () => {
    expect(matchMediaCommand('음악 틀어줘', false)).toEqual({ op: 'play', query: null });
    expect(matchMediaCommand('아이유 노래 틀어줘', false)).toEqual({ op: 'play', query: '아이유' });
    expect(matchMediaCommand('일시정지', true)).toEqual({ op: 'pause' });
    expect(matchMediaCommand('음악 꺼줘', true)).toEqual({ op: 'stop' });
    expect(matchMediaCommand('다시 틀어줘', true)).toEqual({ op: 'resume' });
    expect(matchMediaCommand('다음 곡', true)).toEqual({ op: 'next' });
    expect(matchMediaCommand('볼륨 30으로 해줘', true)).toEqual({ op: 'volume', set: 30 });
    expect(matchMediaCommand('소리 줄여줘', true)).toEqual({ op: 'volume', delta: -10 });
  });
  it('leaves device commands to the engine', () => {
    for (const t of ['거실 불 켜줘', 'TV 소리 줄여줘', '냉장고 온도 3도로 낮춰줘', '멈춰'])
      expect(matchMediaCommand(t, true)).toBeNull();
    expect(matchMediaCommand('소리 키워줘', false)).toBeNull();
  });
});

describe('PIN', () => {
  it('reads digits and Korean numerals', () => {
    expect(parsePinDigits('공오일이')).toBe('0512');
    expect(parsePinDigits('0 5 1 2')).toBe('0512');
    expect(parsePinDigits('현관문 열어줘')).toBeNull();
  });
  it('hashes with scrypt and verifies in constant time', async () => {
    const h = await hashPin('0512');
    expect(h).not.toContain('0512');
    expect(await verifyPin('0512', h)).toBe(true);
    expect(await verifyPin('0513', h)).toBe(false);
    expect(await verifyPin('0512', 'garbage')).toBe(false);
  });
});

describe('Korean particles', () => {
  it('picks the particle by the last sound', () => {
    expect(eul('현관문')).toBe('현관문을');
    expect(eul('가스 밸브')).toBe('가스 밸브를');
    expect(eun('현관문')).toBe('현관문은');
    expect(euro('30')).toBe('30으로');
    expect(euro('7')).toBe('7로');
    expect(euro('5')).toBe('5로');
  });
});

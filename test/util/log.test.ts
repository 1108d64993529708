import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/util/log.js';

const capture = (level: 'debug' | 'info' = 'info') => {
  const lines: string[] = [];
  const log = createLogger(level, {}, (l) => lines.push(l));
  return { log, lines, text: () => lines.join('') };
};

describe('log lines', () => {
  it('never carry a token, password, PIN or credential, whatever the field', () => {
    const token = `yd_${'Q'.repeat(43)}`;
    const { log, text, lines } = capture();
    log.child({ authorization: `Bearer ${token}` }).warn('request failed', {
      url: `/api/v1/homes/demo/events?access_token=${token}&since=4`,
      broker: 'mqtt://hub:s3cr3t-pass@127.0.0.1:1883',
      err: `Error: bad token ${token}`,
      pin: '1234',
      body: { password: 'hunter2', nested: [{ clientSecret: 'xyz' }] },
      note: 'Basic dXNlcjpwYXNz',
    });
    expect(lines).toHaveLength(1);
    expect(text()).not.toMatch(/QQQQ|s3cr3t-pass|1234|hunter2|xyz|dXNlcjpwYXNz/);
    const rec = JSON.parse(lines[0] as string);
    // what is not secret stays readable
    expect(rec.url).toBe('/api/v1/homes/demo/events?access_token=[redacted]&since=4');
    expect(rec.broker).toBe('mqtt://hub:[redacted]@127.0.0.1:1883');
    expect(rec.msg).toBe('request failed');
    expect(rec.level).toBe('warn');
  });

  it('filters by level before doing any work', () => {
    const { log, lines } = capture('info');
    log.debug('hidden', { token: 'x' });
    log.info('shown', { device: 'fridge' });
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['shown']);
    expect(JSON.parse(lines[0] as string).device).toBe('fridge');
  });
});

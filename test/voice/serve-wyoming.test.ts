/** `yeondong serve --wyoming`: the real command prints the Wyoming address; bad settings refuse to start. */
import { describe, expect, it } from 'vitest';
import { listening, smallHome, yd } from '../cli/support.js';
import { tempDir } from '../support/hub.js';
import { lastJson, pythonMissing, runPy } from './support.js';

describe('serve --wyoming', () => {
  it('listens on 127.0.0.1 and answers describe (wyoming library client)', async () => {
    const r = yd(['serve', '--home', smallHome(), '--port', '0', '--data', tempDir(), '--wyoming', '0']);
    try {
      await listening(r);
      const m = /wyoming: listening on tcp:\/\/127\.0\.0\.1:(\d+)/.exec(r.out());
      expect(m).not.toBeNull();
      if (!pythonMissing()) {
        const info = lastJson(await runPy('client.py', ['127.0.0.1', String(m?.[1]), 'describe']));
        expect(info.handle[0].models[0]).toMatchObject({ name: 'small', languages: ['ko'] });
      }
    } finally {
      r.child.kill('SIGTERM');
      await r.exited;
    }
  }, 40_000);

  it.each([
    [['--wyoming', '70000'], 2, /--wyoming must be a port from 0 to 65535/],
    [['--wyoming', '0', '--wyoming-satellite', 'attic'], 1, /no satellite 'attic'/],
    [
      ['--wyoming', '0', '--wyoming-assistant', 'siri'],
      1,
      /'siri' is not an assistant of satellite 'console'/,
    ],
  ])(
    'refuses %j with one line',
    async (extra, code, message) => {
      const r = yd(['serve', '--home', smallHome(), '--port', '0', '--data', tempDir(), ...extra]);
      const { code: exit } = await r.exited;
      expect(exit).toBe(code);
      expect(r.err()).toMatch(message);
    },
    40_000,
  );
});

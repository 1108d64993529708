import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HomeFileError, parseHomeFile } from '../../src/home/load.js';

const demo = readFileSync(new URL('../../fixtures/demo-home.yaml', import.meta.url), 'utf8');

function problems(text: string): string[] {
  try {
    parseHomeFile(text, 'test.yaml');
  } catch (err) {
    if (err instanceof HomeFileError) return err.problems;
    throw err;
  }
  return [];
}

describe('home file', () => {
  it('loads the demo home with its registry', () => {
    const h = parseHomeFile(demo);
    expect(h.home.id).toBe('demo');
    expect(h.areas.find((a) => a.id === 'kitchen')?.aliases).toEqual(['부엌']);
    expect(h.devices).toHaveLength(22);
    expect(h.devices.find((d) => d.id === 'settop')).toMatchObject({
      connection: 'kt',
      area: 'living',
      aliases: ['지니 TV', '셋톱박스', 'IPTV'],
    });
    expect(h.security.voicePin).toBe('0512');
    expect(h.connections.map((c) => c.adapter)).toEqual(['thinq', 'c2c', 'smartthings', 'mqtt', 'virtual']);
    expect(h.satellites.find((s) => s.id === 'galaxy-buds')).toMatchObject({ area: null, player: true });
  });

  const edit = (from: string, to: string) => {
    expect(demo).toContain(from);
    return demo.replace(from, to);
  };

  it.each([
    [
      'unknown area',
      edit('area: kitchen }\n  - { id: aircon', 'area: garage }\n  - { id: aircon'),
      /devices\.0\.area \(line \d+\): unknown area 'garage'/,
    ],
    [
      'duplicate device id',
      edit('{ id: aircon,', '{ id: fridge,'),
      /devices\.1\.id \(line \d+\): duplicate device id 'fridge'/,
    ],
    [
      'unknown adapter',
      edit('adapter: thinq', 'adapter: tuya'),
      /connections\.0\.adapter \(line \d+\): unknown adapter 'tuya'/,
    ],
    [
      'unknown connection',
      edit('connection: lg, externalId: lg-ac-01', 'connection: lx, externalId: lg-ac-01'),
      /unknown connection 'lx'/,
    ],
    [
      'unknown assistant on satellite',
      edit('assistants: [genie], player: true', 'assistants: [siri], player: true'),
      /unknown assistant 'siri'/,
    ],
    ['bad version', edit('version: 1', 'version: 2'), /version \(line 6\): must be 1/],
    [
      'YAML error with line',
      edit('  - { id: living, name: 거실 }', '  - { id: living, name: 거실 '),
      /YAML error at line \d+/,
    ],
    [
      'bad privilege',
      edit('privilege: operate', 'privilege: root'),
      /must be one of view, operate, manage, administer/,
    ],
    ['bad require', edit('require: forbidden', 'require: never'), /must be 'pin' or 'forbidden'/],
    ['unquoted-looking PIN', edit("voicePin: '0512'", "voicePin: 'abcd'"), /voicePin.*4 to 8 digits/],
  ])('refuses %s, naming the place', (_name, text, want) => {
    const p = problems(text);
    expect(p.join('\n')).toMatch(want);
  });

  it('refuses an empty file and a list', () => {
    expect(problems('')[0]).toMatch(/the file is empty/);
    expect(problems('- 1\n- 2')[0]).toMatch(/must be a mapping/);
  });

  it("checks a connection's settings against its vendor's descriptor", () => {
    const typo = problems(
      edit('adapter: thinq\n    simulate: true', 'adapter: thinq\n    simulate: true\n    timeoutMS: 500'),
    );
    expect(typo.join()).toMatch(/connections\.0\.timeoutMS.*unknown setting.*timeoutMs/);
    const wrongType = problems(
      edit('adapter: thinq\n    simulate: true', "adapter: thinq\n    simulate: true\n    timeoutMs: 'fast'"),
    );
    expect(wrongType.join()).toMatch(/timeoutMs.*must be a number/);
    const notOurs = problems(
      edit('adapter: thinq\n    simulate: true', 'adapter: thinq\n    simulate: true\n    broker: embedded'),
    );
    expect(notOurs.join()).toMatch(/broker.*unknown setting/);
    const badAdapter = problems(edit('adapter: thinq', 'adapter: thinkq'));
    expect(badAdapter.join()).toMatch(
      /unknown adapter 'thinkq' \(known: thinq, c2c, smartthings, mqtt, virtual, matter\)/,
    );
  });

  it('needs baseUrl for a cloud connection that is not simulated', () => {
    expect(
      problems(edit('adapter: thinq\n    simulate: true', 'adapter: thinq\n    simulate: false')).join(),
    ).toMatch(/needs baseUrl/);
  });

  it('expands environment references in tokens and names a missing one', () => {
    const text = edit(
      'adapter: thinq\n    simulate: true',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the home file's own syntax
      'adapter: thinq\n    simulate: true\n    token: ${YD_TEST_LG_TOKEN}',
    );
    expect(problems(text).join()).toMatch(/YD_TEST_LG_TOKEN is not set/);
    process.env.YD_TEST_LG_TOKEN = 'secret-1';
    try {
      expect(parseHomeFile(text).connections[0]?.token).toBe('secret-1');
    } finally {
      delete process.env.YD_TEST_LG_TOKEN;
    }
  });
});

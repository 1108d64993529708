/**
 * The loader's strictness: unknown keys anywhere it knows the shape, one report for a misspelt
 * section, names free of control and bidi characters, a missing file said plainly, and the
 * `openFloor` section.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HomeFileError, loadHomeFile, parseHomeFile } from '../../src/home/load.js';
import { DEMO_HOME } from '../support/hub.js';

const demo = readFileSync(DEMO_HOME, 'utf8');

function problems(text: string): string[] {
  try {
    parseHomeFile(text, 'test.yaml');
  } catch (err) {
    if (err instanceof HomeFileError) return err.problems;
    throw err;
  }
  return [];
}

const edit = (from: string, to: string) => {
  expect(demo).toContain(from);
  return demo.replace(from, to);
};

describe('home file: keys', () => {
  it('refuses an unknown key under home:, with the line and the key it resembles', () => {
    expect(problems(edit('  timezone: Asia/Seoul', '  timezon: Asia/Seoul'))).toEqual([
      "home.timezon (line 12): unknown key (did you mean 'timezone'?)",
    ]);
  });

  it.each([
    [
      'an area',
      '{ id: kitchen, name: 주방, aliases: [부엌] }',
      '{ id: kitchen, name: 주방, alias: [부엌] }',
      /areas\.1\.alias \(line \d+\): unknown key \(did you mean 'aliases'\?\)/,
    ],
    [
      'a device',
      '{ id: aircon,',
      '{ id: aircon, room: living,',
      /devices\.1\.room \(line \d+\): unknown key/,
    ],
    [
      'a satellite',
      'assistants: [clova], player: true }',
      'assistants: [clova], player: true, wyomin: x }',
      /satellites\.5\.wyomin/,
    ],
    [
      'a security rule',
      'commands: [Open], require: forbidden',
      'commands: [Open], requires: forbidden',
      /security\.rules\.1\.requires .*did you mean 'require'/,
    ],
  ])('refuses an unknown key in %s', (_what, from, to, want) => {
    expect(problems(edit(from, to)).join('\n')).toMatch(want);
  });

  it.each(['areas', 'assistants', 'connections', 'devices'])(
    'reports a misspelt %s: once, not at every reference to what it lists',
    (key) => {
      const text = edit(`\n${key}:\n`, `\n${key.slice(0, -1)}:\n`);
      expect(problems(text)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${key.slice(0, -1)} \\(line \\d+\\): unknown top-level key \\(did you mean '${key}'\\?\\)$`,
          ),
        ),
      ]);
    },
  );

  it.each(['areas', 'grants', 'devices'])(
    'places a misspelt block %s on its own line, with a swap of two letters suggested',
    (key) => {
      const swapped = `${key.slice(0, 2)}${key[3]}${key[2]}${key.slice(4)}`; // areas → araes
      const text = edit(`\n${key}:\n`, `\n${swapped}:\n`);
      const line = text.split('\n').indexOf(`${swapped}:`) + 1;
      expect(problems(text)).toEqual([
        `${swapped} (line ${line}): unknown top-level key (did you mean '${key}'?)`,
      ]);
    },
  );

  it('says a missing version is missing, and an empty file is empty', () => {
    expect(problems(edit('version: 1\n', ''))).toEqual([
      expect.stringMatching(/^version \(line \d+\): is missing: a home file starts with `version: 1`$/),
    ]);
    for (const empty of ['', '\n', '# only a comment\n'])
      expect(problems(empty)).toEqual([
        'the file is empty: a home file starts with `version: 1` (docs/home-file.md)',
      ]);
  });

  it('still checks references when the section is present', () => {
    expect(
      problems(edit('area: kitchen }\n  - { id: aircon', 'area: garage }\n  - { id: aircon')),
    ).toHaveLength(1);
  });

  it('shows at most 15 problems in the message, and counts the rest', () => {
    const many = Array.from({ length: 20 }, (_, i) => `extra${i}: 1`).join('\n');
    try {
      parseHomeFile(`${demo}\n${many}\n`, 'many.yaml');
      expect.unreachable();
    } catch (err) {
      expect((err as HomeFileError).problems).toHaveLength(20);
      expect((err as Error).message.split('\n  - ')).toHaveLength(16);
      expect((err as Error).message).toMatch(/… and 5 more$/);
    }
  });
});

describe('home file: reading', () => {
  it('says a missing file is missing, not invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yd-home-'));
    expect(() => loadHomeFile(join(dir, 'nope.yaml'))).toThrow(
      new RegExp(`^cannot read ${join(dir, 'nope.yaml').replace(/[.]/g, '\\.')}: no such file$`),
    );
    expect(() => loadHomeFile(dir)).toThrow(/^cannot read .*: it is a folder, not a file$/);
    writeFileSync(join(dir, 'ok.yaml'), demo);
    expect(loadHomeFile(join(dir, 'ok.yaml')).home.id).toBe('demo');
  });
});

describe('home file: names', () => {
  it.each([
    [
      'the home',
      'name: 한빛아파트 101동 1203호',
      'name: "한빛\u202e아파트"',
      /^home\.name \(line 10\): contains a bidi control \(U\+202E\)$/,
    ],
    [
      'an area',
      '{ id: master, name: 안방 }',
      '{ id: master, name: "안\\x1b[31m방" }',
      /^areas\.2\.name \(line \d+\): contains a control character \(U\+001B\)$/,
    ],
    [
      'an area alias',
      'aliases: [부엌]',
      'aliases: ["부\\u2066엌"]',
      /^areas\.1\.aliases\.0 \(line \d+\): contains a bidi control \(U\+2066\)$/,
    ],
    [
      'an assistant',
      'name: 기가지니,',
      'name: "기가\\0지니",',
      /^assistants\.0\.name \(line \d+\): contains a control character \(U\+0000\)$/,
    ],
    [
      'a satellite alias',
      'aliases: [버즈]',
      'aliases: ["버\\u200f즈"]',
      /^satellites\.2\.aliases\.0 \(line \d+\): contains a bidi control \(U\+200F\)$/,
    ],
    [
      'a device',
      'name: 에어컨, aliases: [휘센]',
      'name: "에\\u0085어컨", aliases: [휘센]',
      /^devices\.1\.name \(line \d+\): contains a control character \(U\+0085\)$/,
    ],
    [
      'a wake word',
      'wakeWords: [지니야, 기가지니]',
      'wakeWords: ["지니\\u061c야", 기가지니]',
      /^assistants\.0\.wakeWords\.0 .*U\+061C/,
    ],
  ])('refuses a control or bidi character in %s, naming the path and line', (_what, from, to, want) => {
    const p = problems(edit(from, to));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(want);
  });

  it('accepts Hangul, Latin, digits, spaces and punctuation in names', () => {
    expect(parseHomeFile(edit('name: 안방 }', 'name: "안방 (Master) #2 · 큰방" }')).areas[2]?.name).toBe(
      '안방 (Master) #2 · 큰방',
    );
  });
});

describe('home file: openFloor', () => {
  it('defaults to no external agents', () => {
    expect(parseHomeFile(demo).openFloor).toEqual({ agents: [] });
  });

  it('lists the external agents', () => {
    const f = parseHomeFile(
      `${demo}\nopenFloor:\n  agents:\n    - { url: 'https://agent.example/of', name: 날씨 비서 }\n    - { url: 'http://127.0.0.1:9000/', name: local }\n`,
    );
    expect(f.openFloor.agents).toEqual([
      { url: 'https://agent.example/of', name: '날씨 비서' },
      { url: 'http://127.0.0.1:9000/', name: 'local' },
    ]);
  });

  it.each([
    [
      'a non-http URL',
      "- { url: 'ftp://x.example/', name: a }",
      /openFloor\.agents\.0\.url \(line \d+\): 'ftp:\/\/x\.example\/' is not an http\(s\) URL/,
    ],
    ['no URL', '- { name: a }', /openFloor\.agents\.0\.url \(line \d+\): is required/],
    [
      'an empty name',
      "- { url: 'https://a.example/', name: '' }",
      /openFloor\.agents\.0\.name \(line \d+\): must be a non-empty string/,
    ],
    [
      'a bidi name',
      '- { url: \'https://a.example/\', name: "a\\u202eb" }',
      /openFloor\.agents\.0\.name .*bidi control/,
    ],
    [
      'an unknown key',
      "- { url: 'https://a.example/', name: a, token: x }",
      /openFloor\.agents\.0\.token .*unknown key/,
    ],
    [
      'a duplicate URL',
      "- { url: 'https://a.example/', name: a }\n    - { url: 'https://a.example/', name: b }",
      /openFloor\.agents\.1\.url \(line \d+\): duplicate Open Floor agent url/,
    ],
    [
      'a duplicate name',
      "- { url: 'https://a.example/', name: a }\n    - { url: 'https://b.example/', name: a }",
      /openFloor\.agents\.1\.name \(line \d+\): duplicate Open Floor agent name 'a'/,
    ],
  ])('refuses %s', (_what, agents, want) => {
    expect(problems(`${demo}\nopenFloor:\n  agents:\n    ${agents}\n`).join('\n')).toMatch(want);
  });

  it('refuses agents that are not a list', () => {
    expect(problems(`${demo}\nopenFloor:\n  agents: x\n`).join()).toMatch(
      /openFloor\.agents .*must be a list/,
    );
  });
});

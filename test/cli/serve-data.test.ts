/**
 * `serve` and its data folder: a refused start leaves the folder as it found it (nothing created
 * for a missing or bad home file, nothing added beside a damaged database), an empty or unusable
 * --data is refused in one line and at once, and each home of a hub gets its dashboard link.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/hub.js';
import { exitWithin, listening, message, type Run, SMALL_HOME_YAML, smallHome, yd } from './support.js';

const runs: Run[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) {
    r.child.kill('SIGKILL');
    await r.exited;
  }
});

const run = (args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string) => {
  const r = yd(args, env, cwd);
  runs.push(r);
  return r;
};

async function refused(r: Run, code: number, within = 10_000): Promise<string> {
  const end = await exitWithin(r, within);
  expect(end.code, r.err()).toBe(code);
  expect(r.out()).not.toContain('listening on');
  expect(message(r)).toHaveLength(1);
  return message(r)[0] as string;
}

describe('serve: empty values', () => {
  it.each(['--data', '--home', '--port', '--host', '--store', '--log-level'])(
    "refuses %s '' and writes nothing into the current folder",
    async (option) => {
      const cwd = tempDir('yd-cwd-');
      const args = ['serve', '--home', smallHome(), '--port', '0', '--data', join(cwd, 'd')];
      args.push(option, '');
      const line = await refused(run(args, {}, cwd), 2);
      expect(line).toBe(
        `yeondong serve: ${option} needs a value (got an empty one); see 'yeondong serve --help'`,
      );
      expect(readdirSync(cwd)).toEqual([]);
    },
  );
});

describe('serve: a refused start changes nothing', () => {
  it('a missing home file: exit 2, the data folder is not created', async () => {
    const data = join(tempDir(), 'data');
    const line = await refused(
      run(['serve', '--home', '/nowhere/home.yaml', '--data', data, '--port', '0']),
      2,
    );
    expect(line).toBe('yeondong serve: the home file /nowhere/home.yaml does not exist');
    expect(existsSync(data)).toBe(false);
  });

  it('an invalid home file: exit 2, the data folder (and its cache) is not left behind', async () => {
    const dir = tempDir();
    const home = join(dir, 'bad.yaml');
    writeFileSync(home, SMALL_HOME_YAML.replace('areas:', 'araes:'));
    const data = join(dir, 'data');
    const r = run(['serve', '--home', home, '--data', data, '--port', '0']);
    expect((await exitWithin(r, 10_000)).code).toBe(2);
    expect(r.err()).toMatch(/araes \(line 4\): unknown top-level key \(did you mean 'areas'\?\)/);
    expect(existsSync(data)).toBe(false);
  });

  it('a damaged database: exit 1, nothing added beside it, the file untouched', async () => {
    const data = tempDir();
    const junk = 'this is not an SQLite database '.repeat(200);
    writeFileSync(join(data, 'yeondong.db'), junk);
    const line = await refused(run(['serve', '--home', smallHome(), '--data', data, '--port', '0']), 1);
    expect(line).toContain(join(data, 'yeondong.db'));
    expect(readdirSync(data)).toEqual(['yeondong.db']);
    expect(readFileSync(join(data, 'yeondong.db'), 'utf8')).toBe(junk);
  });
});

describe('serve: a --data that cannot be a folder', () => {
  it('a file, or a path under a file: says it is a file, exit 1', async () => {
    const dir = tempDir();
    const file = join(dir, 'plain');
    writeFileSync(file, 'x');
    const home = smallHome();
    expect(await refused(run(['serve', '--home', home, '--data', file, '--port', '0']), 1)).toBe(
      `yeondong serve: the data folder ${file} is a file, not a folder; give --data a folder`,
    );
    expect(await refused(run(['serve', '--home', home, '--data', join(file, 'sub'), '--port', '0']), 1)).toBe(
      `yeondong serve: cannot create the data folder ${join(file, 'sub')}: ${file} is a file, not a folder`,
    );
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it.runIf(existsSync('/proc/self'))(
    'a folder the kernel will not create (/proc/nope): fails at once',
    async () => {
      const r = run(['serve', '--home', smallHome(), '--data', '/proc/yd-nope/data', '--port', '0']);
      const line = await refused(r, 1, 5_000);
      expect(line).toMatch(/^yeondong serve: cannot create the data folder \/proc\/yd-nope\/data: /);
    },
  );
});

describe('serve: options', () => {
  it.each([
    [['--log-level', 'verbose'], {}, "unknown log level 'verbose' in --log-level"],
    [[], { YEONDONG_LOG: 'loud' }, "unknown log level 'loud' in the environment variable YEONDONG_LOG"],
  ])('refuses log level %j %j with the known ones', async (args, env, want) => {
    const data = join(tempDir(), 'd');
    const line = await refused(run(['serve', '--home', smallHome(), '--data', data, ...args], env), 2);
    expect(line).toBe(`yeondong serve: ${want}; say one of debug, info, warn, error, silent`);
    expect(existsSync(data)).toBe(false);
  });

  it.each([
    [['serve', '--port', 'abc'], "yeondong serve: --port must be a whole number from 0 to 65535 (got 'abc')"],
    [['serve', '--prot', '1'], "yeondong serve: unknown option '--prot' (did you mean '--port'?)"],
    [['sya', 'hi'], "yeondong: unknown command 'sya' (did you mean 'say'?)"],
  ])('%j: one line naming the command', async (args, want) => {
    expect(await refused(run([...args, '--home', smallHome()]), 2)).toContain(want);
  });

  it('prints one dashboard link per home', async () => {
    const dir = tempDir();
    const second = join(dir, 'second.yaml');
    writeFileSync(second, SMALL_HOME_YAML.replace('id: small,', 'id: second,'));
    const data = join(dir, 'data');
    mkdirSync(data);
    const r = run(['serve', '--home', smallHome(), '--home', second, '--data', data, '--port', '0']);
    const url = await listening(r);
    await new Promise((res) => setTimeout(res, 200));
    const links = r
      .out()
      .split('\n')
      .filter((l) => l.startsWith('dashboard'));
    const token = (home: string) => readFileSync(join(data, 'tokens', `${home}.token`), 'utf8').trim();
    expect(links).toEqual([
      `dashboard (small): ${url}/#token=${token('small')}`,
      `dashboard (second): ${url}/#token=${token('second')}`,
    ]);
  });
});

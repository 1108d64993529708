import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Level } from '../util/log.js';
import { didYouMean } from '../util/suggest.js';

/** `yeondong devices`, read from a command's help text ("Usage: yeondong devices …"). */
const commandOf = (help: string) => /^Usage: (yeondong [a-z-]+)/.exec(help)?.[1] ?? 'yeondong';

/**
 * Parses options; on a mistake prints the problem (prefixed by the command, with the option it
 * resembles) and where the help is, and returns null.
 */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  help: string,
  allowPositionals = false,
) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    const r = parseArgs({ args, options: all, allowPositionals, strict: true });
    if ((r.values as { help?: boolean }).help) {
      console.log(help);
      return 'help' as const;
    }
    // An empty value (`--data ""`, an unset shell variable) is a mistake, never "the default" or
    // "the current folder".
    const empty = Object.entries(r.values).find(([, v]) => v === '' || (Array.isArray(v) && v.includes('')));
    if (empty) {
      const command = commandOf(help);
      console.error(`${command}: --${empty[0]} needs a value (got an empty one); see '${command} --help'`);
      return null;
    }
    return r;
  } catch (err) {
    const command = commandOf(help);
    const problem = optionError(err as Error & { code?: string }, Object.keys(all));
    console.error(`${command}: ${problem}; see '${command} --help'`);
    return null;
  }
}

/** node:util's parseArgs messages, shortened, with "did you mean" for an unknown option. */
function optionError(err: Error & { code?: string }, known: string[]): string {
  const unknown = /^Unknown option '(-{1,2})([^']*)'/.exec(err.message);
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const hint = didYouMean(unknown[2] ?? '', known).replace(/'([^']+)'/, "'--$1'");
    return `unknown option '${unknown[1]}${unknown[2]}'${hint}`;
  }
  const missing = /^Option '(?:-\w, )?(--[^ ']+)[^']*' argument (missing|is ambiguous)/.exec(err.message);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && missing)
    return missing[2] === 'missing'
      ? `${missing[1]} needs a value`
      : `${missing[1]} needs a value (for one that starts with '-', write ${missing[1]}=-…)`;
  const positional = /^Unexpected argument '([^']*)'/.exec(err.message);
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && positional)
    return `unexpected argument '${positional[1]}' (this command takes options only)`;
  return err.message.replace(/\.$/, '');
}

/** The --port value; on a mistake prints it (after `command:`, when given) and returns null. */
export function port(value: string | undefined, fallback: number, command?: string): number | null {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    const prefix = command ? `${command}: ` : '';
    console.error(`${prefix}--port must be a whole number from 0 to 65535 (got '${value}')`);
    return null;
  }
  return n;
}

const LEVELS: readonly Level[] = ['debug', 'info', 'warn', 'error', 'silent'];

/**
 * The log level: --log-level, else YEONDONG_LOG, else info. An unknown one (either way) is printed
 * with the known ones (after `command:`) and gives null.
 */
export function logLevel(value: string | undefined, command: string): Level | null {
  const env = process.env.YEONDONG_LOG;
  const given = value ?? (env === undefined || env === '' ? 'info' : env);
  const known = LEVELS.find((l) => l === given);
  if (known) return known;
  const where = value !== undefined ? '--log-level' : 'the environment variable YEONDONG_LOG';
  console.error(
    `${command}: unknown log level '${given}' in ${where}${didYouMean(given, LEVELS)}; say one of ${LEVELS.join(', ')}`,
  );
  return null;
}

/** The token files a data folder may hold for a home, first the home's own. */
const tokenFiles = (data: string, home?: string) => [
  ...(home ? [join(data, 'tokens', `${home}.token`)] : []),
  join(data, 'owner.token'),
];

function readToken(data: string, home?: string): string | null {
  for (const f of tokenFiles(data, home)) {
    try {
      const t = readFileSync(f, 'utf8').trim();
      if (t) return t;
    } catch {
      // try the next
    }
  }
  return null;
}

/**
 * The bearer token: --token; else the token file of --data (the home's, else owner.token); else
 * YEONDONG_TOKEN; else the token file of ./.data, the folder `yeondong serve` uses by default.
 */
export function token(
  values: { token?: string; data?: string; home?: string },
  command: string,
): string | null {
  if (values.token) return values.token;
  if (values.data !== undefined) {
    const t = readToken(values.data, values.home);
    if (t) return t;
    console.error(
      `${command}: no owner token in ${values.data} (looked for ${tokenFiles(values.data, values.home).join(' and ')}); ` +
        `give the folder of a hub started with 'yeondong serve --data DIR', or --token TOKEN`,
    );
    return null;
  }
  if (process.env.YEONDONG_TOKEN) return process.env.YEONDONG_TOKEN;
  const t = readToken('.data', values.home);
  if (t) return t;
  console.error(
    `${command}: a token is needed and ./.data (the default data folder) has none: ` +
      "--data DIR (the hub's data folder), --token TOKEN or YEONDONG_TOKEN",
  );
  return null;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Parses options; on a mistake prints the problem and the help, and returns null. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  help: string,
  allowPositionals = false,
) {
  try {
    const r = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
    if ((r.values as { help?: boolean }).help) {
      console.log(help);
      return 'help' as const;
    }
    return r;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${help}`);
    return null;
  }
}

export function port(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`--port must be a whole number from 0 to 65535 (got '${value}')`);
    return null;
  }
  return n;
}

/** The bearer token: --token, else the token file of --data (per home, or owner.token). */
export function token(values: { token?: string; data?: string; home?: string }): string | null {
  if (values.token) return values.token;
  if (values.data) {
    for (const f of [
      ...(values.home ? [join(values.data, 'tokens', `${values.home}.token`)] : []),
      join(values.data, 'owner.token'),
    ]) {
      try {
        return readFileSync(f, 'utf8').trim();
      } catch {
        // try the next
      }
    }
  }
  if (process.env.YEONDONG_TOKEN) return process.env.YEONDONG_TOKEN;
  console.error("a token is needed: --token TOKEN, --data DIR (the hub's data folder) or YEONDONG_TOKEN");
  return null;
}

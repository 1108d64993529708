/**
 * A small structured logger: one JSON line per record on stderr, filtered by level. Every record's
 * fields go through `redact` first, so a token, password or PIN never reaches a log line.
 */
import { redact } from './redact.js';

export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

export function createLogger(
  level: Level = (process.env.YEONDONG_LOG as Level | undefined) ?? 'info',
  bindings: Record<string, unknown> = {},
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const min = ORDER[level] ?? ORDER.info;
  const emit = (lvl: Exclude<Level, 'silent'>, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < min) return;
    const record = { t: new Date().toISOString(), level: lvl, msg, ...bindings, ...fields };
    write(`${JSON.stringify(redact(record))}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (b) => createLogger(level, { ...bindings, ...b }, write),
  };
}

export const silentLogger: Logger = createLogger('silent');

/** The command log's row shape, shared by the SQLite and PostgreSQL stores. */
import type { CommandRecord } from './types.js';

/** Column order of the `commands` insert in both stores. */
export const COMMAND_COLUMNS =
  'id, home, origin, device, endpoint, cluster, command, args, status, error_code, started_at, finished_at, vendor_ms';

export const commandValues = (r: CommandRecord): unknown[] => [
  r.id,
  r.home,
  r.origin,
  r.device,
  r.endpoint,
  r.cluster,
  r.command,
  JSON.stringify(r.args),
  r.status,
  r.errorCode,
  r.startedAt,
  r.finishedAt,
  r.vendorMs,
];

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A row of either store (SQLite gives JSON as text and numbers; PostgreSQL jsonb and bigint strings). */
export const commandFromRow = (r: Record<string, unknown>): CommandRecord => ({
  id: r.id as string,
  home: r.home as string,
  origin: r.origin as string,
  device: r.device as string,
  endpoint: r.endpoint as string,
  cluster: r.cluster as string,
  command: r.command as string,
  args: (typeof r.args === 'string' ? JSON.parse(r.args) : r.args) as Record<string, unknown>,
  status: r.status as CommandRecord['status'],
  errorCode: (r.error_code as string | null) ?? null,
  startedAt: Number(r.started_at),
  finishedAt: numOrNull(r.finished_at),
  vendorMs: numOrNull(r.vendor_ms),
});

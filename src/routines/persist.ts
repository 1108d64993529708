/**
 * Routines kept in the hub's store (SQLite or PostgreSQL, through the Store interface's key-value
 * table): one record per routine with the principal it acts as, and the last time trigger instant
 * each routine took (so a run missed while the hub was down is found at start).
 */
import type { Principal } from '../gate/types.js';
import type { Store } from '../store/types.js';
import type { Routine } from './types.js';

const DEF = 'routine:';
const LAST = 'routine-last:';

export interface StoredRoutine {
  routine: Routine;
  /** The principal the routine acts as (its creator). */
  by: Principal;
}

export class RoutineRecords {
  constructor(
    private readonly store: Store,
    private readonly home: string,
  ) {}

  async all(): Promise<StoredRoutine[]> {
    const rows = await this.store.listKv(this.home, DEF);
    const out: StoredRoutine[] = [];
    for (const r of rows) {
      try {
        out.push(JSON.parse(r.value) as StoredRoutine);
      } catch {
        // A record that does not parse is skipped (and stays for an operator to see).
      }
    }
    return out;
  }

  save(s: StoredRoutine): Promise<void> {
    return this.store.putKv(this.home, DEF + s.routine.id, JSON.stringify(s));
  }

  async remove(id: string): Promise<void> {
    await this.store.deleteKv(this.home, DEF + id);
    await this.store.deleteKv(this.home, LAST + id);
  }

  /** The last time-trigger instant each routine took, by routine id. */
  async lastDue(): Promise<Map<string, number>> {
    const rows = await this.store.listKv(this.home, LAST);
    return new Map(rows.map((r) => [r.key.slice(LAST.length), Number(r.value)]));
  }

  setLastDue(id: string, at: number): Promise<void> {
    return this.store.putKv(this.home, LAST + id, String(at));
  }
}

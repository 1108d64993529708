/**
 * The care of one home: its telemetry recorder, its findings engine and its clean-air view.
 */
import type { Bus } from '../bus/types.js';
import type { Store } from '../store/types.js';
import type { Clock } from '../util/clock.js';
import type { Logger } from '../util/log.js';
import { HistoryRecorder } from './recorder.js';
import type { CareHome } from './types.js';

export interface HomeCareOptions {
  flushMs?: number;
  evaluateMs?: number;
}

export class HomeCare {
  readonly home: CareHome;
  readonly recorder: HistoryRecorder;

  constructor(
    handle: { runtime: CareHome },
    ctx: { store: Store; bus: Bus; clock: Clock; log: Logger },
    opts: HomeCareOptions = {},
  ) {
    this.home = handle.runtime;
    const policy = this.home.file.care?.history;
    this.recorder = new HistoryRecorder(this.home.id, ctx, {
      ...(opts.flushMs !== undefined ? { flushMs: opts.flushMs } : {}),
      ...(policy ? { policy } : {}),
    });
  }

  start(): void {}

  async stop(): Promise<void> {
    await this.recorder.stop();
  }
}

/**
 * A simulated LG washer: courses, remote start, and a cycle whose remaining time counts down
 * through LG's run states (DETECTING, RUNNING, RINSING, SPINNING) to END.
 */
import { boolProp, enumProp, LgError, type Profile, rangeProp, type Write } from './lg.js';
import { Product, type ProductSeed } from './product.js';

type WasherState = {
  /** Seed vocabulary: STOPPED, RUNNING, PAUSED; END once a cycle finished. */
  run: string;
  course: string;
  /** Whole minutes left, as LG shows them. */
  remainMinutes: number;
  totalMinutes: number;
  /** The user pressed "remote start" on the machine; without it LG refuses control (2301). */
  remoteControl: boolean;
  /**
   * Fault injection (test surface): how much slower than nominal a cycle runs (1 = as designed;
   * a clogged drain or a worn motor makes it longer), and the error the machine stops with now
   * ('' none, or LG's DRAIN_ERROR / UNBALANCE_ERROR).
   */
  slowdown: number;
  error: string;
};

/** Course → cycle length, minutes. */
export const WASHER_COURSES: Record<string, number> = {
  STANDARD: 60,
  QUICK_30: 30,
  DELICATE: 50,
  HEAVY_DUTY: 90,
};
const RUN_STATES = [
  'INITIAL',
  'DETECTING',
  'RUNNING',
  'RINSING',
  'SPINNING',
  'PAUSE',
  'END',
  'POWER_OFF',
  'ERROR',
];

export class Washer extends Product<WasherState> {
  readonly deviceType = 'DEVICE_WASHER';
  /** Seconds left, the precise value behind `remainMinutes`. */
  #remainS: number;

  constructor(seed: ProductSeed) {
    super(
      seed,
      {
        run: 'STOPPED',
        course: 'STANDARD',
        remainMinutes: 0,
        totalMinutes: 0,
        remoteControl: true,
        slowdown: 1,
        error: '',
      },
      'LG Washer',
    );
    this.#remainS = this.s.remainMinutes * 60;
    this.#settle();
  }

  private courseMinutes(): number {
    return WASHER_COURSES[this.s.course] ?? 60;
  }

  /** Keeps an overwritten vendor view (test surface, state file) coherent, as the seed's. */
  override set(patch: Record<string, unknown>): void {
    super.set(patch);
    if (typeof patch.remainMinutes === 'number') this.#remainS = patch.remainMinutes * 60;
    this.#settle();
  }

  #settle(): void {
    if (!['STOPPED', 'RUNNING', 'PAUSED', 'END'].includes(this.s.run)) this.s.run = 'STOPPED';
    if (!(this.s.course in WASHER_COURSES)) this.s.course = 'STANDARD';
    if (this.s.run !== 'STOPPED' && this.s.totalMinutes === 0) this.s.totalMinutes = this.courseMinutes();
  }

  profile(): Profile {
    return {
      notification: { push: ['WASHING_IS_COMPLETE', 'ERROR_DURING_WASHING'] },
      property: [
        {
          location: { locationName: 'MAIN' },
          runState: { currentState: enumProp(RUN_STATES, false) },
          operation: {
            washerOperationMode: {
              type: 'enum',
              mode: ['w'],
              value: { w: ['START', 'STOP', 'PAUSE', 'POWER_OFF'] },
            },
          },
          remoteControlEnable: { remoteControlEnabled: boolProp(false) },
          course: { currentCourse: enumProp(Object.keys(WASHER_COURSES)) },
          timer: {
            remainHour: rangeProp(0, 30, 1, false),
            remainMinute: rangeProp(0, 59, 1, false),
            totalHour: rangeProp(0, 30, 1, false),
            totalMinute: rangeProp(0, 59, 1, false),
          },
        },
      ],
    };
  }

  private runState(): string {
    const s = this.s;
    if (s.error !== '') return 'ERROR';
    if (s.run === 'STOPPED') return 'INITIAL';
    if (s.run === 'PAUSED') return 'PAUSE';
    if (s.run === 'END') return 'END';
    const done = s.totalMinutes > 0 ? 1 - this.#remainS / (s.totalMinutes * 60) : 0;
    return done < 0.05 ? 'DETECTING' : done < 0.6 ? 'RUNNING' : done < 0.85 ? 'RINSING' : 'SPINNING';
  }

  state(): unknown {
    const s = this.s;
    return {
      location: { locationName: 'MAIN' },
      runState: { currentState: this.runState() },
      remoteControlEnable: { remoteControlEnabled: s.remoteControl },
      course: { currentCourse: s.course },
      timer: {
        remainHour: Math.floor(s.remainMinutes / 60),
        remainMinute: s.remainMinutes % 60,
        totalHour: Math.floor(s.totalMinutes / 60),
        totalMinute: s.totalMinutes % 60,
      },
    };
  }

  control(writes: Write[]): void {
    const s = this.s;
    for (const w of writes) {
      if (w.prop === 'currentCourse') {
        if (s.run === 'RUNNING' || s.run === 'PAUSED')
          throw new LgError('COMMAND_NOT_SUPPORTED_IN_STATE', s.run);
      } else if (w.prop === 'washerOperationMode') {
        if (!s.remoteControl) throw new LgError('COMMAND_NOT_SUPPORTED_IN_REMOTE_OFF');
        if (w.value === 'PAUSE' && s.run !== 'RUNNING')
          throw new LgError('COMMAND_NOT_SUPPORTED_IN_STATE', s.run);
      } else {
        throw new LgError('NOT_PROVIDED_FEATURE', `${w.resource}.${w.prop}`);
      }
    }
    for (const w of writes) {
      if (w.prop === 'currentCourse') {
        s.course = w.value as string;
        continue;
      }
      switch (w.value) {
        case 'START':
          if (s.run === 'PAUSED') s.run = 'RUNNING';
          else if (s.run !== 'RUNNING') {
            s.run = 'RUNNING';
            s.totalMinutes = this.courseMinutes();
            this.#remainS = s.totalMinutes * 60;
            s.remainMinutes = s.totalMinutes;
          }
          break;
        case 'PAUSE':
          s.run = 'PAUSED';
          break;
        default: // STOP, POWER_OFF
          s.run = 'STOPPED';
          this.#remainS = 0;
          s.remainMinutes = 0;
          s.totalMinutes = 0;
      }
    }
  }

  advance(seconds: number): void {
    const s = this.s;
    if (s.run !== 'RUNNING' || s.error !== '') return;
    // A slow machine shows its nominal countdown but takes `slowdown` times as long to reach 0.
    this.#remainS = Math.max(0, this.#remainS - seconds / Math.max(0.1, s.slowdown));
    s.remainMinutes = Math.ceil(this.#remainS / 60);
    if (this.#remainS === 0) s.run = 'END';
  }
}

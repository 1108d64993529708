/**
 * Routines: when something happens in one device (of any vendor), others act. A routine has
 * triggers (any of them starts it), conditions (all must hold) and actions (in order). A routine
 * with no trigger is a scene: it runs when asked (the API, the dashboard, a spoken phrase, another
 * routine). Routines come from the home file (`routines:`), the API and voice; all end up as this.
 */

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A device attribute: `becomes` a value, `above`/`below` crossings of a threshold, or any change. */
export interface AttributeTrigger {
  type: 'attribute';
  device: string;
  endpoint?: string;
  cluster: string;
  attribute: string;
  becomes?: unknown;
  above?: number;
  below?: number;
}

/** A device event, derived from the device's state (e.g. a washer's cycle finished). */
export interface EventTrigger {
  type: 'event';
  device: string;
  endpoint?: string;
  event: DeviceEvent;
}

export const DEVICE_EVENTS = ['cycleFinished', 'cycleStarted', 'error', 'opened', 'closed'] as const;
export type DeviceEvent = (typeof DEVICE_EVENTS)[number];

/** A time of day ("07:00") in the home's timezone, on some weekdays (every day when absent). */
export interface TimeTrigger {
  type: 'time';
  at: string;
  weekdays?: Weekday[];
}

/** Sunrise or sunset at the home's location (`home.location`), with an offset in minutes. */
export interface SunTrigger {
  type: 'sun';
  event: 'sunrise' | 'sunset';
  offsetMinutes?: number;
  weekdays?: Weekday[];
}

/** A spoken phrase ("외출 모드") on any assistant of the home. */
export interface PhraseTrigger {
  type: 'phrase';
  phrase: string;
}

/** A scene button (a Matter Switch): any press of it, or of one of its endpoints. */
export interface ButtonTrigger {
  type: 'button';
  device: string;
  endpoint?: string;
}

export type Trigger =
  | AttributeTrigger
  | EventTrigger
  | TimeTrigger
  | SunTrigger
  | PhraseTrigger
  | ButtonTrigger;

export type Condition =
  | {
      type: 'attribute';
      device: string;
      endpoint?: string;
      cluster: string;
      attribute: string;
      equals?: unknown;
      above?: number;
      below?: number;
    }
  /** Between `after` and `before` ("22:00"–"06:00" wraps midnight), on some weekdays. */
  | { type: 'time'; after?: string; before?: string; weekdays?: Weekday[] };

export type RoutineAction =
  | {
      type: 'command';
      device: string;
      endpoint?: string;
      cluster: string;
      command: string;
      args?: Record<string, unknown>;
    }
  /** A spoken announcement in Korean on a satellite (or on the one in a device's area), src/routines/announce.ts. */
  | { type: 'announce'; text: string; satellite?: string; device?: string }
  /** A notice in the dashboard (the events stream). */
  | { type: 'notice'; text: string }
  | { type: 'delay'; seconds: number }
  | { type: 'routine'; routine: string };

/** How a routine was created: the API (the dashboard uses it), voice, or the home file. */
export type CreatedVia = 'api' | 'voice' | 'home-file';

/** A routine as the API and the store hold it. */
export interface Routine {
  id: string;
  name: string;
  enabled: boolean;
  triggers: Trigger[];
  conditions: Condition[];
  actions: RoutineAction[];
  /** Stop at the first failed action (default: a failed action does not stop the others). */
  stopOnError: boolean;
  /** Who created it (a principal key: "owner:owner", "member:kim", "home-file"). */
  createdBy: string;
  createdVia: CreatedVia;
  createdAt: number;
}

/** What the API accepts to create a routine (the rest is the hub's). */
export type RoutineInput = Pick<Routine, 'name' | 'actions'> &
  Partial<Pick<Routine, 'enabled' | 'triggers' | 'conditions' | 'stopOnError'>> & { id?: string };

export interface ActionRun {
  index: number;
  type: RoutineAction['type'];
  status: 'success' | 'error' | 'skipped';
  error?: { code: string; message?: string };
  /** When the action started, ms since the epoch (hub clock), and how long it took. */
  at: number;
  ms: number;
  device?: string;
  command?: string;
  text?: string;
  /** An announcement: whether it was sounded on the satellite (false: shown on the dashboard only). */
  spoken?: boolean;
  /** An announcement's audio bytes sent to the satellite. */
  bytes?: number;
}

export interface RoutineRun {
  runId: string;
  routine: string;
  at: number;
  /** What started it: a trigger (by its index and type), a phrase, the API, another routine. */
  trigger: { kind: string; index?: number; detail?: string };
  outcome: 'success' | 'partial' | 'failed' | 'skipped' | 'missed' | 'cut';
  reason?: string;
  actions: ActionRun[];
  ms: number;
  /** From the trigger seen by the hub to the first action sent, ms (device and time triggers). */
  firstActionMs?: number;
}

/**
 * LG washer → Matter LaundryWasher: LG run states → OperationalState, remaining time →
 * CountdownTime (s), courses → LaundryWasherMode modes.
 */
import { laundryWasher, type ModeOption, OperationalStateValue } from '../../model/devices.js';
import { HubError } from '../../model/errors.js';
import type { LgControl, LgPropertySet } from './client.js';
import { enumOf, numberValue, propDef, unitProfile, unitState, value } from './lg-read.js';
import { attr, outOfRange, type ProductMap, unsupported } from './product-map.js';

/** LG run states in which no cycle runs. */
const IDLE = new Set(['INITIAL', 'END', 'POWER_OFF', 'RESERVED', 'SLEEP', 'FROZEN_PREVENT_INITIAL']);
const PAUSED = new Set(['PAUSE', 'FROZEN_PREVENT_PAUSE', 'RINSE_HOLD']);

function operationalState(runState: unknown): number {
  if (typeof runState !== 'string' || IDLE.has(runState)) return OperationalStateValue.Stopped;
  if (PAUSED.has(runState)) return OperationalStateValue.Paused;
  if (runState === 'ERROR') return OperationalStateValue.Error;
  return OperationalStateValue.Running;
}

/** LG course → label and Matter mode tags. */
const COURSES: Record<string, [string, string[]]> = {
  STANDARD: ['Standard', ['Normal']],
  QUICK_30: ['Quick 30', ['Quick']],
  DELICATE: ['Delicate', ['Delicate']],
  HEAVY_DUTY: ['Heavy duty', ['Heavy']],
};

const courseList = (set: LgPropertySet): string[] => {
  const listed = enumOf(propDef(set, 'course', 'currentCourse'));
  return listed.length > 0 ? listed : ['STANDARD'];
};

const modeOf = (course: string, i: number): ModeOption => {
  const [label, tags] = COURSES[course] ?? [course, []];
  return { Label: label, Mode: i, ModeTags: tags };
};

/** The unit's location, repeated in every control body of a multi-unit product. */
function locationOf(set: Record<string, unknown>): string {
  const loc = set.location as { locationName?: unknown } | undefined;
  return typeof loc?.locationName === 'string' ? loc.locationName : 'MAIN';
}

export const washerMap: ProductMap = {
  endpoints(profile, state) {
    const p = unitProfile(profile);
    const s = unitState(state);
    const courses = courseList(p);
    const current = value(s, 'course', 'currentCourse');
    const hours = numberValue(value(s, 'timer', 'remainHour')) ?? 0;
    const minutes = numberValue(value(s, 'timer', 'remainMinute')) ?? 0;
    return laundryWasher({
      state: operationalState(value(s, 'runState', 'currentState')),
      countdown: (hours * 60 + minutes) * 60,
      modes: courses.map(modeOf),
      currentMode: Math.max(0, courses.indexOf(typeof current === 'string' ? current : '')),
    });
  },

  controls(cmd, dev) {
    const p = unitProfile(dev.profile);
    const location = { locationName: locationOf(p) };
    const operate = (mode: string): LgControl[] => [{ location, operation: { washerOperationMode: mode } }];
    if (cmd.cluster === 'OperationalState') {
      const now = attr(dev.endpoints, 'main', 'OperationalState', 'OperationalState');
      switch (cmd.command) {
        case 'Start':
          return operate('START');
        case 'Stop':
          return operate('STOP');
        case 'Pause':
          return operate('PAUSE');
        case 'Resume':
          // LG resumes with START; from Stopped that would begin a new cycle instead.
          if (now !== OperationalStateValue.Paused) {
            throw new HubError('conflict', 409, 'the washer is not paused', { state: now });
          }
          return operate('START');
      }
    }
    if (cmd.cluster === 'LaundryWasherMode' && cmd.command === 'ChangeToMode') {
      const course = courseList(p)[cmd.args.NewMode as number];
      if (course === undefined) throw outOfRange('NewMode', cmd.args.NewMode);
      return [{ location, course: { currentCourse: course } }];
    }
    throw unsupported(cmd);
  },
};

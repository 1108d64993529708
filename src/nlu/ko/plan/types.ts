/** What planning produces, and the one device and frame each intent family plans against. */
import type { DeviceDescription, Endpoint } from '../../../model/types.js';
import type { PlannedAction } from '../../types.js';
import type { VerbKey } from '../lexicon/words.js';
import type { Frame } from '../parse.js';

export interface Plan {
  actions: PlannedAction[];
  answers: string[];
  ask?: { options: DeviceDescription[]; verb: VerbKey | null; frame: number };
  /** "상칸과 하칸 중 어느 칸 …?": the cabinets asked between, kept for the answer of the next turn. */
  part?: { device: DeviceDescription; eps: Endpoint[]; frame?: number };
  intents: Array<{ intent: string; slots: Record<string, unknown> }>;
  understood: boolean;
}

/** One device, one frame, with the words every intent family looks at; see planDevice. */
export interface DeviceTurn {
  f: Frame;
  d: DeviceDescription;
  comp: string | null;
  out: Plan;
  name: string;
  verb: Frame['verb'];
  attrs: Frame['attrs'];
  up: boolean;
  down: boolean;
  relative: boolean;
  sign: number;
  /** Answers that the device cannot do what was asked. */
  cannot: () => void;
}

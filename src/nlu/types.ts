/**
 * The understanding stage of the conversation pipeline. The hub gives the engine a view of the home
 * (devices in the contract shape, with names, aliases and areas) and the turn's context; the engine
 * answers with the Matter commands to run, or a question, or an answer, or "not understood".
 * After execution the engine phrases the Korean reply from the outcomes.
 */
import type { CommandRequest, DeviceDescription } from '../model/types.js';

export interface AreaView {
  id: string;
  name: string;
  aliases: string[];
}

export interface HomeView {
  areas: AreaView[];
  /** Every device of the home, contract shape (area is an area id), aliases included, current state. */
  devices: DeviceDescription[];
}

export interface TurnContext {
  /** The area of the satellite that heard the utterance, if any. */
  satelliteArea: string | null;
  /** The satellite's own media player device id, when the satellite has `player: true`. */
  satellitePlayer: string | null;
  /** State the engine left in the previous turn of this conversation (e.g. a pending choice). */
  pending: unknown;
  /** Current time, ms since the epoch (for time and date answers). */
  now: number;
  timezone: string;
  /** The home's current care findings (src/care), for "우리 집 가전 괜찮아?". */
  findings?: ReadonlyArray<{
    deviceId: string;
    kind: string;
    severity: string;
    state: string;
    advice: string;
  }>;
}

export interface PlannedAction extends CommandRequest {
  deviceId: string;
}

export interface Understanding {
  /** false: nothing was understood (out of domain, garbage). */
  understood: boolean;
  /** The recognised intents, for logs and the dashboard (e.g. [{intent: "HassTurnOn", slots: {...}}]). */
  intents: Array<{ intent: string; slots: Record<string, unknown> }>;
  /** Commands to run, in order. */
  actions: PlannedAction[];
  /** When the engine must ask (which of two TVs?), the question; `pending` is kept for the next turn. */
  ask?: { kind: 'choice'; text: string; options: Array<{ id: string; label: string }>; pending: unknown };
  /** A direct answer with no action (state questions, time, not-understood text). */
  answer?: string;
}

export interface ActionOutcome {
  action: PlannedAction;
  status: 'success' | 'error';
  error?: { code: string; message?: string };
}

export interface Understander {
  understand(text: string, home: HomeView, ctx: TurnContext): Understanding;
  /** The Korean reply after the actions ran (not called when there were no actions). */
  reply(understanding: Understanding, outcomes: ActionOutcome[], home: HomeView): string;
}

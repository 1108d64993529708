/** The shapes a conversation turn goes through: the request, its result, and the state kept between turns. */
import type { MusicService, Track } from '../../assistants/media.js';
import type { ActionOutcome, PlannedAction, Understanding } from '../../nlu/types.js';

export interface TurnRequest {
  text: string;
  satellite: string;
  assistant?: string;
  conversationId?: string;
}

export interface TurnOptions {
  /**
   * The conversation id is the caller's own (an Open Floor conversation's): an unknown one opens a
   * conversation of that id instead of being refused.
   */
  ownIds?: boolean;
  /**
   * 'openfloor': the turn comes from an Open Floor envelope addressed to `assistant`. It is heard by
   * the virtual satellite `openfloor` (every assistant of the home, no area, no player, no
   * arbitration) instead of a satellite of the home file.
   */
  channel?: 'openfloor';
}

export interface TurnAction {
  deviceId: string;
  endpoint: string;
  cluster: string;
  command: string;
  args: Record<string, unknown>;
  status: 'success' | 'error';
  error?: { code: string; message?: string };
}

export interface TurnResult {
  conversationId: string;
  assistant: string | null;
  understood: boolean;
  actions: TurnAction[];
  response: { text: string };
  needsInput: null | {
    kind: 'pin' | 'choice' | 'confirm';
    prompt: string;
    options?: Array<{ id: string; label: string }>;
  };
  intents?: Understanding['intents'];
  /** Set on a turn that answered a PIN question: its text must not be kept or passed on. Not sent. */
  secret?: boolean;
}

export type Decision = 'allowed' | 'denied' | 'pin-required' | 'forbidden' | 'not-understood';

export interface PendingPin {
  kind: 'pin';
  actions: PlannedAction[];
  understanding: Understanding;
}

export interface Conversation {
  id: string;
  /** The principal key of whoever opened it: only they may continue it. */
  owner: string;
  satellite: string;
  assistant: string;
  pending: { kind: 'choice'; state: unknown } | PendingPin | { kind: 'confirm'; state: unknown } | null;
  expires: number;
}

/** What the understanding stage planned, with the reply phrasing when the pipeline planned it itself. */
export interface Plan {
  u: Understanding;
  reply?: (executed: ActionOutcome[]) => string;
  /** After the actions ran (media bookkeeping). */
  done?: (executed: ActionOutcome[]) => void;
}

export interface MediaSession {
  assistant: string;
  service: MusicService;
  tracks: Track[];
  index: number;
}

/** What a player satellite plays, as the dashboard and the media plan see it. */
export interface MediaView {
  state: 'playing' | 'paused' | 'stopped';
  assistant: string | null;
  service: string | null;
  track: Track | null;
  volume: number | null;
}

/** Why an action was refused before any vendor was called. */
export interface Refusal {
  action: PlannedAction;
  decision: 'denied' | 'forbidden' | 'pin-required';
  code: string;
}

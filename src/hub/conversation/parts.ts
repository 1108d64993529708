/** What the stages of a turn share: the home, the hub's services, and the pipeline's pieces. */
import type { Arbiter } from '../../assistants/arbitration.js';
import type { HomeGate } from '../../gate/gate.js';
import type { AssistantPrincipal } from '../../gate/types.js';
import type { SatelliteEntry } from '../../home/types.js';
import type { Understander } from '../../nlu/types.js';
import type { HubContext } from '../context.js';
import type { HomeRuntime } from '../home-runtime.js';
import type { TurnRecorder } from './audit.js';
import type { MediaSessions } from './media.js';
import type { Replies } from './replies.js';
import type { Conversations } from './state.js';
import type { Conversation, TurnRequest, TurnResult } from './types.js';

/** A stage that may take a turn before understanding (routines by voice: src/routines/voice.ts). */
export interface TurnHook {
  turn(
    p: TurnParts,
    req: TurnRequest,
    speaker: AssistantPrincipal,
    sat: SatelliteEntry,
    conv: Conversation,
    text: string,
  ): Promise<TurnResult | null>;
}

export interface TurnParts {
  home: HomeRuntime;
  ctx: HubContext;
  understander: Understander;
  gate: HomeGate;
  arbiter: Arbiter;
  conversations: Conversations;
  media: MediaSessions;
  replies: Replies;
  recorder: TurnRecorder;
  routines?: TurnHook;
}

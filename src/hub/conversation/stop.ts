/** The universal stop ("그만", "멈춰") on a satellite, whoever holds its dialog. */
import { randomUUID } from 'node:crypto';
import { type Principal, principalKey } from '../../gate/types.js';
import type { SatelliteEntry } from '../../home/types.js';
import type { ActionOutcome } from '../../nlu/types.js';
import { execute } from './execution.js';
import { mediaAction } from './media.js';
import type { TurnParts } from './parts.js';
import type { Conversation, TurnRequest, TurnResult } from './types.js';

/** "그만", "멈춰": ends whoever holds the satellite's dialog, or pauses what it plays. */
export async function universalStop(
  p: TurnParts,
  req: TurnRequest,
  by: Principal,
  sat: SatelliteEntry,
  wakeAssistant: string | null,
  conv: Conversation | undefined,
): Promise<TurnResult | null> {
  const principal = principalKey(by);
  const d = p.arbiter.dialog(sat.id);
  const media = sat.player ? p.media.view(sat.id) : null;
  const playing = media?.state === 'playing';
  if (d.state === 'idle' && !playing && !wakeAssistant) return null;
  const holder = d.state !== 'idle' ? d.assistant : playing ? (media?.assistant ?? null) : null;
  const assistant = holder ?? wakeAssistant ?? conv?.assistant ?? null;
  const ended = p.arbiter.end(sat.id);
  if (ended.conversationId) {
    const c = p.conversations.onSatellite(sat.id, ended.conversationId);
    if (c) c.pending = null;
  }
  const executed: ActionOutcome[] = [];
  if (playing && assistant) {
    const pause = mediaAction(sat.id, 'MediaPlayback', 'Pause');
    const speaker = { kind: 'assistant', home: by.home, id: assistant, satellite: sat.id, via: by } as const;
    const verdict = p.gate.decide(speaker, {
      kind: 'command',
      device: pause.deviceId,
      cluster: pause.cluster,
      command: pause.command,
    });
    if (verdict.effect === 'allow') executed.push(await execute(p.home, pause, assistant));
  }
  const r: TurnResult = {
    conversationId: ended.conversationId ?? conv?.id ?? req.conversationId ?? randomUUID(),
    assistant,
    understood: true,
    actions: executed.map((o) => ({
      ...o.action,
      status: o.status,
      ...(o.error ? { error: o.error } : {}),
    })),
    response: { text: '' },
    needsInput: null,
    intents: [{ intent: 'HassStop', slots: {} }],
  };
  const audited = assistant
    ? p.recorder.auditActions(req, principal, assistant, r.conversationId, executed, [])
    : undefined;
  return p.recorder.finish(
    req,
    principal,
    assistant,
    req.text,
    r,
    'allowed',
    { stopped: { dialog: ended.state, media: playing } },
    { audited },
  );
}

/**
 * Which routines an assistant turn may list, switch on or off, delete or run by voice. A routine
 * runs as its creator, so a voice turn that runs or disables it must be one the gate would let do
 * the same things itself:
 *
 * - **list**: the speaker (the turn's assistant principal) made it, or can see every device the
 *   routine names (triggers, conditions, actions); the others are not mentioned at all.
 * - **manage** (enable, disable, delete, run, a phrase trigger): the routine was created by this
 *   same assistant carried by the same principal (its creator asking again), or the speaker's own
 *   grants allow every command the routine sends outright (no PIN: a turn that has not given one
 *   does not get a PIN action run for it) and it can see every device the routine names. Routines
 *   a routine runs are checked the same way. Announcements and notices need nothing more.
 */
import type { HomeGate } from '../gate/gate.js';
import { type AssistantPrincipal, type Principal, principalKey } from '../gate/types.js';
import { watched } from './checks.js';
import type { Routine } from './types.js';

export type VoiceVerdict =
  | { ok: true }
  | { ok: false; code: 'not-allowed' | 'pin-required'; device?: string };

export interface VoiceGateHost {
  gate: HomeGate;
  get(id: string): Routine | undefined;
  creatorOf(id: string): Principal | undefined;
}

/** The devices a routine names anywhere. */
function devicesOf(r: Routine): string[] {
  const out: string[] = [];
  for (const t of r.triggers) {
    const w = watched(t);
    if (w) out.push(w.device);
  }
  for (const c of r.conditions) if (c.type === 'attribute') out.push(c.device);
  for (const a of r.actions)
    if ((a.type === 'command' || a.type === 'announce') && a.device) out.push(a.device);
  return out;
}

const sameCreator = (by: Principal | undefined, speaker: AssistantPrincipal) =>
  by?.kind === 'assistant' && by.id === speaker.id && principalKey(by) === principalKey(speaker);

export function voiceMayList(h: VoiceGateHost, speaker: AssistantPrincipal, r: Routine): boolean {
  return sameCreator(h.creatorOf(r.id), speaker) || devicesOf(r).every((d) => h.gate.canSee(speaker, d));
}

export function voiceMayManage(
  h: VoiceGateHost,
  speaker: AssistantPrincipal,
  r: Routine,
  seen = new Set<string>(),
): VoiceVerdict {
  // Its creator asking again: its own actions were checked as that assistant when it was made.
  const mine = sameCreator(h.creatorOf(r.id), speaker);
  seen.add(r.id);
  if (!mine)
    for (const d of devicesOf(r))
      if (!h.gate.canSee(speaker, d)) return { ok: false, code: 'not-allowed', device: d };
  for (const a of r.actions) {
    if (a.type === 'command' && !mine) {
      const d = h.gate.decide(speaker, {
        kind: 'command',
        device: a.device,
        cluster: a.cluster,
        command: a.command,
      });
      if (d.effect === 'challenge') return { ok: false, code: 'pin-required', device: a.device };
      if (d.effect !== 'allow') return { ok: false, code: 'not-allowed', device: a.device };
    } else if (a.type === 'routine' && !seen.has(a.routine)) {
      const sub = h.get(a.routine);
      if (!sub) continue;
      const v = voiceMayManage(h, speaker, sub, seen);
      if (!v.ok) return v;
    }
  }
  return { ok: true };
}

/** Media on player satellites: what each one plays, and the plan for a media request heard there. */

import { findTracks, musicServiceOf, type Track } from '../../assistants/media.js';
import type { AssistantEntry, SatelliteEntry } from '../../home/types.js';
import { MediaState } from '../../model/devices.js';
import { type MediaCommand, matchMediaCommand } from '../../nlu/ko/media.js';
import { euro } from '../../nlu/ko/particles.js';
import type { ActionOutcome, PlannedAction } from '../../nlu/types.js';
import type { HomeRuntime } from '../home-runtime.js';
import type { MediaSession, MediaView, Plan } from './types.js';

export function mediaAction(
  satellite: string,
  cluster: string,
  command: string,
  args: Record<string, unknown> = {},
): PlannedAction {
  return { deviceId: satellite, endpoint: 'main', cluster, command, args };
}

export class MediaSessions {
  readonly #home: HomeRuntime;
  readonly #assistants: Map<string, AssistantEntry>;
  readonly #media = new Map<string, MediaSession>();

  constructor(home: HomeRuntime, assistants: Map<string, AssistantEntry>) {
    this.#home = home;
    this.#assistants = assistants;
  }

  view(satellite: string): MediaView {
    const dev = this.#home.device(satellite);
    const clusters = dev?.endpoints[0]?.clusters ?? {};
    const cs = clusters.MediaPlayback?.CurrentState;
    const state = cs === MediaState.Playing ? 'playing' : cs === MediaState.Paused ? 'paused' : 'stopped';
    const s = this.#media.get(satellite);
    const volume = clusters.LevelControl?.CurrentLevel;
    return {
      state,
      assistant: s?.assistant ?? null,
      service: s?.service.name ?? null,
      track: s && state !== 'stopped' ? (s.tracks[s.index] ?? null) : null,
      volume: typeof volume === 'number' ? volume : null,
    };
  }

  plan(sat: SatelliteEntry, assistant: string, text: string): Plan | null {
    const view = this.view(sat.id);
    const cmd = matchMediaCommand(text, view.state !== 'stopped');
    if (!cmd) return null;
    const entry = this.#assistants.get(assistant);
    if (!entry) return null;
    const intents = [
      {
        intent: `YdMedia${cmd.op[0]?.toUpperCase()}${cmd.op.slice(1)}`,
        slots: { ...cmd, satellite: sat.id },
      },
    ];
    const failed = (executed: ActionOutcome[]) => executed.some((o) => o.status === 'error');
    const failText = `${sat.name}에 명령을 보내지 못했어요.`;
    const session = this.#media.get(sat.id);
    const play = (c: MediaCommand & { op: 'play' }): Plan => {
      const service = musicServiceOf(entry);
      const tracks = findTracks(service, c.query);
      if (tracks.length === 0) {
        return {
          u: {
            understood: true,
            intents,
            actions: [],
            answer: `${service.name}에서 '${c.query}'에 맞는 곡을 찾지 못했어요.`,
          },
        };
      }
      const next: MediaSession = { assistant, service, tracks, index: 0 };
      return {
        u: { understood: true, intents, actions: [mediaAction(sat.id, 'MediaPlayback', 'Play')] },
        reply: (ex) => {
          if (failed(ex)) return failText;
          const t = tracks[0] as Track;
          return `${service.name}에서 ${t.artist}의 '${t.title}' 재생할게요.`;
        },
        done: (ex) => {
          if (!failed(ex)) this.#media.set(sat.id, next);
        },
      };
    };
    switch (cmd.op) {
      case 'play':
        return play(cmd);
      case 'resume':
        if (!session) return play({ op: 'play', query: null });
        return {
          u: { understood: true, intents, actions: [mediaAction(sat.id, 'MediaPlayback', 'Play')] },
          reply: (ex) => (failed(ex) ? failText : '다시 재생할게요.'),
        };
      case 'next':
      case 'previous': {
        if (!session) return play({ op: 'play', query: null });
        const step = cmd.op === 'next' ? 1 : -1;
        const index = (session.index + step + session.tracks.length) % session.tracks.length;
        return {
          u: {
            understood: true,
            intents,
            actions: [mediaAction(sat.id, 'MediaPlayback', cmd.op === 'next' ? 'Next' : 'Previous')],
          },
          reply: (ex) => {
            if (failed(ex)) return failText;
            const t = session.tracks[index] as Track;
            return `${cmd.op === 'next' ? '다음' : '이전'} 곡, ${t.artist}의 '${t.title}' 재생할게요.`;
          },
          done: (ex) => {
            if (!failed(ex)) session.index = index;
          },
        };
      }
      case 'pause':
        return {
          u: { understood: true, intents, actions: [mediaAction(sat.id, 'MediaPlayback', 'Pause')] },
          reply: (ex) => (failed(ex) ? failText : '일시정지했어요.'),
        };
      case 'stop':
        return {
          u: { understood: true, intents, actions: [mediaAction(sat.id, 'MediaPlayback', 'Stop')] },
          reply: (ex) => (failed(ex) ? failText : '음악을 껐어요.'),
        };
      case 'volume': {
        if ('set' in cmd) {
          return {
            u: {
              understood: true,
              intents,
              actions: [mediaAction(sat.id, 'LevelControl', 'MoveToLevel', { Level: cmd.set })],
            },
            reply: (ex) => (failed(ex) ? failText : `볼륨을 ${euro(String(cmd.set))} 맞췄어요.`),
          };
        }
        const up = cmd.delta > 0;
        return {
          u: {
            understood: true,
            intents,
            actions: [
              mediaAction(sat.id, 'LevelControl', 'Step', {
                StepMode: up ? 0 : 1,
                StepSize: Math.abs(cmd.delta),
              }),
            ],
          },
          reply: (ex) => (failed(ex) ? failText : up ? '소리를 키웠어요.' : '소리를 줄였어요.'),
        };
      }
    }
  }
}

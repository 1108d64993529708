/**
 * The Wyoming satellites of every home as a face: one link per `satellites[].wyoming` (link.ts),
 * with the home's recognizer (`voice.stt`) and voice (`voice.tts`), and their state at
 * `GET /api/v1/homes/{home}/voice/satellites` (online, since when, reconnects).
 */
import type { FastifyInstance } from 'fastify';
import type { HomeFile } from '../../home/types.js';
import type { Hub } from '../../hub/hub.js';
import { authorize } from '../../server/auth.js';
import { errorSchema, homeParams } from '../../server/schemas.js';
import { WyomingRecognizer } from '../../voice/stt/wyoming.js';
import { CachedVoice } from '../../voice/tts/cache.js';
import { EspeakVoice } from '../../voice/tts/espeak.js';
import { WyomingVoice } from '../../voice/tts/wyoming.js';
import type { TextToSpeech } from '../../voice/types.js';
import type { Face } from '../types.js';
import { type LinkOptions, type LinkStatus, type Recognizer, SatelliteLink } from './link.js';

export interface VoiceSatellitesOptions extends LinkOptions {}

/** The recognizer `voice.stt` names. */
export async function recognizerFor(stt: string): Promise<Recognizer> {
  if (stt.startsWith('wyoming://')) return new WyomingRecognizer(stt);
  if (stt.startsWith('whisper:')) {
    const { WhisperRecognizer } = await import('../../voice/stt/whisper.js');
    return WhisperRecognizer.open(stt.slice('whisper:'.length));
  }
  throw new Error(`voice.stt: unknown recognizer '${stt}'`);
}

export function voiceFor(file: HomeFile): TextToSpeech {
  const tts = file.voice?.tts ?? 'espeak-ng';
  const language = file.voice?.language ?? file.home.language;
  return new CachedVoice(
    tts === 'espeak-ng' ? new EspeakVoice() : new WyomingVoice(tts, language.split('-')[0] ?? 'ko'),
  );
}

const statusSchema = {
  type: 'object',
  properties: {
    satellites: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          satellite: { type: 'string' },
          wyoming: { type: 'string' },
          online: { type: 'boolean' },
          since: { type: 'number' },
          reconnects: { type: 'integer' },
          repliesStopped: { type: 'integer' },
        },
      },
    },
  },
};

export function voiceSatellitesFace(
  opts: VoiceSatellitesOptions = {},
): Face & { links(home: string): SatelliteLink[] } {
  const links = new Map<string, SatelliteLink[]>();
  const unregister: Array<() => void> = [];
  const routes = (app: FastifyInstance, hub: Hub) => {
    app.get<{ Params: { home: string } }>(
      '/api/v1/homes/:home/voice/satellites',
      {
        schema: {
          summary: "The home's Wyoming satellites: online or not, since when, reconnects",
          params: homeParams,
          response: { 200: statusSchema, '4xx': errorSchema },
        },
      },
      async (req) => {
        const { home } = authorize(hub, req, req.params.home, 'home');
        const list = links.get(home.runtime.id) ?? [];
        return {
          satellites: list.map(({ status: s }) => ({
            satellite: s.satellite,
            wyoming: s.wyoming,
            online: s.online,
            since: s.since,
            reconnects: s.reconnects,
            repliesStopped: s.repliesStopped,
          })),
        };
      },
    );
  };
  return {
    name: 'voice-satellites',
    routes,
    links: (home: string) => links.get(home) ?? [],
    async start(hub: Hub) {
      for (const h of hub.homes()) {
        const file = h.runtime.file;
        const sats = file.satellites.filter(
          (s): s is typeof s & { wyoming: string } => s.wyoming !== undefined,
        );
        if (sats.length === 0 || !file.voice?.stt) continue;
        const stt = await recognizerFor(file.voice.stt);
        const tts = voiceFor(file);
        const log = hub.ctx.log.child({ part: 'wyoming-satellite', home: h.runtime.id });
        const list = sats.map(
          (s) =>
            new SatelliteLink(
              h,
              s,
              { stt, tts, language: (file.voice?.language ?? 'ko').split('-')[0] ?? 'ko' },
              log,
              opts,
            ),
        );
        links.set(h.runtime.id, list);
        for (const l of list) {
          l.start();
          // Routines' announcements on this satellite sound there (src/routines/announce.ts).
          unregister.push(h.routines.announcers.register(l.status.satellite, (text) => l.announce(text)));
        }
      }
    },
    async stop() {
      for (const u of unregister.splice(0)) u();
      await Promise.all([...links.values()].flat().map((l) => l.stop()));
      links.clear();
    },
  };
}

/** The links' status (tests, bench). */
export type { LinkStatus };

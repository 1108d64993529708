/**
 * The hub as a Wyoming service (`serve --wyoming PORT`), for Home Assistant and any Wyoming client:
 * `describe` → `info` with a `handle` program (the home's Korean understanding, language `ko`) and
 * a `tts` program (the built-in Korean voice); `transcript {text}` → the turn runs on one satellite
 * of the home (`console` unless told) as the local principal `wyoming` bound to that satellite, and
 * the answer is `handled {text}`, or `not-handled` when nothing was understood; `synthesize {text}`
 * → `audio-start`, `audio-chunk`s, `audio-stop` (16-bit mono PCM). A follow-up (the spoken PIN)
 * continues the connection's conversation, or the one named in the transcript's `context`.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { LocalPrincipal } from '../../gate/types.js';
import type { HomeHandle, Hub } from '../../hub/hub.js';
import type { Logger } from '../../util/log.js';
import { EspeakVoice } from '../../voice/tts/espeak.js';
import type { TextToSpeech } from '../../voice/types.js';
import { speakTo } from '../../voice/wyoming/audio.js';
import { WyomingConnection } from '../../voice/wyoming/connection.js';
import type { Face } from '../types.js';

export interface WyomingServiceOptions {
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The home (default the hub's first). */
  home?: string;
  /** The satellite turns run on (default `console`). */
  satellite?: string;
  /** The assistant of a transcript without a wake word (default the satellite's first). */
  assistant?: string;
  tts?: TextToSpeech;
  /** Told the address once listening (serve prints it). */
  announce?: (line: string) => void;
}

/** The longest transcript taken (the conversation route's limit). */
const MAX_TRANSCRIPT = 10_000;

const attribution = { name: 'Yeondong', url: '' };
const primaryLanguage = (tag: string) => tag.split('-')[0]?.toLowerCase() || 'ko';

export function serviceInfo(h: HomeHandle, tts: TextToSpeech): Record<string, unknown> {
  const file = h.runtime.file;
  const lang = primaryLanguage(file.home.language);
  return {
    asr: [],
    tts: [
      {
        name: tts.name,
        attribution: { name: tts.name, url: '' },
        installed: true,
        description: 'Korean voice, offline',
        version: null,
        voices: tts.languages.map((l) => ({
          name: l,
          attribution: { name: tts.name, url: '' },
          installed: true,
          description: l,
          version: null,
          languages: [l],
        })),
        supports_synthesize_streaming: false,
      },
    ],
    handle: [
      {
        name: 'yeondong',
        attribution,
        installed: true,
        description: `${file.home.name}: Korean commands for every device of the home`,
        version: null,
        models: [
          {
            name: file.home.id,
            attribution,
            installed: true,
            description: file.home.name,
            version: null,
            languages: [lang],
          },
        ],
        supports_handled_streaming: false,
      },
    ],
    intent: [],
    wake: [],
    mic: [],
    snd: [],
  };
}

export class WyomingService {
  readonly #h: HomeHandle;
  readonly #satellite: string;
  readonly #assistant: string;
  readonly #tts: TextToSpeech;
  readonly #log: Logger;
  readonly #who: LocalPrincipal;
  readonly #sockets = new Set<Socket>();
  #server: Server | null = null;

  constructor(hub: Hub, opts: WyomingServiceOptions) {
    const h = opts.home ? hub.home(opts.home) : hub.homes()[0];
    if (!h) throw new Error(`--wyoming-home: no home '${opts.home ?? ''}' is served`);
    const satId = opts.satellite ?? 'console';
    const sat = h.runtime.file.satellites.find((s) => s.id === satId);
    if (!sat) throw new Error(`--wyoming-satellite: no satellite '${satId}' in home '${h.runtime.id}'`);
    const assistant = opts.assistant ?? sat.assistants[0];
    if (!assistant || !sat.assistants.includes(assistant))
      throw new Error(
        `--wyoming-assistant: '${assistant ?? ''}' is not an assistant of satellite '${satId}'`,
      );
    this.#h = h;
    this.#satellite = satId;
    this.#assistant = assistant;
    this.#tts = opts.tts ?? new EspeakVoice();
    this.#log = hub.ctx.log.child({ part: 'wyoming', home: h.runtime.id });
    this.#who = { kind: 'local', home: h.runtime.id, id: 'wyoming', satellite: satId };
  }

  async listen(port: number, host = '127.0.0.1'): Promise<{ host: string; port: number }> {
    const server = createServer((socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      void this.#serve(new WyomingConnection(socket));
    });
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const a = server.address();
    return { host, port: typeof a === 'object' && a ? a.port : port };
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  async #serve(conn: WyomingConnection): Promise<void> {
    let conversationId: string | undefined;
    for await (const ev of conn.events()) {
      try {
        switch (ev.type) {
          case 'describe':
            await conn.send('info', serviceInfo(this.#h, this.#tts));
            break;
          case 'transcript': {
            const text = ev.data.text;
            if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_TRANSCRIPT) {
              await conn.send('error', {
                text: 'transcript text must be 1 to 10000 characters',
                code: 'invalid',
              });
              break;
            }
            const ctx = ev.data.context as { conversation_id?: unknown } | undefined;
            const named = typeof ctx?.conversation_id === 'string' ? ctx.conversation_id : undefined;
            const r = await this.#h.conversation.turn(
              {
                text,
                satellite: this.#satellite,
                assistant: this.#assistant,
                ...((named ?? conversationId) ? { conversationId: named ?? conversationId } : {}),
              },
              this.#who,
              { ownIds: true },
            );
            conversationId = r.conversationId;
            const context = { conversation_id: r.conversationId };
            await conn.send(r.understood ? 'handled' : 'not-handled', { text: r.response.text, context });
            break;
          }
          case 'synthesize': {
            const text = ev.data.text;
            if (typeof text !== 'string' || text.length > MAX_TRANSCRIPT) {
              await conn.send('error', {
                text: 'synthesize text must be at most 10000 characters',
                code: 'invalid',
              });
              break;
            }
            await speakTo(conn, this.#tts, text);
            break;
          }
          case 'ping':
            await conn.send('pong', ev.data.text !== undefined ? { text: ev.data.text } : {});
            break;
          default:
            // Events of roles the hub does not play here are ignored, as Wyoming peers do.
            break;
        }
      } catch (err) {
        this.#log.warn('wyoming event failed', { type: ev.type, error: (err as Error).message });
        await conn.send('error', {
          text: (err as Error).message,
          code: (err as { code?: string }).code ?? 'error',
        });
      }
    }
    if (conn.error) this.#log.info('wyoming client dropped', { error: conn.error.message });
  }
}

/** The Wyoming service as a face. */
export function wyomingServiceFace(opts: WyomingServiceOptions): Face {
  let service: WyomingService | null = null;
  return {
    name: 'wyoming',
    async start(hub: Hub) {
      service = new WyomingService(hub, opts);
      const a = await service.listen(opts.port, opts.host ?? '127.0.0.1');
      opts.announce?.(`wyoming: listening on tcp://${a.host}:${a.port}`);
    },
    async stop() {
      await service?.close();
      service = null;
    },
  };
}

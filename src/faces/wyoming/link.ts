/**
 * One Wyoming satellite of the home file (`satellites[].wyoming: tcp://host:port`), driven as Home
 * Assistant drives it: the hub connects, sends `run-satellite`, and the satellite streams audio
 * after a `run-pipeline`. Start stage `asr`: the satellite heard a wake word itself (its name comes
 * with a `detection` or `wake_word_name` when the satellite says it, else the satellite's first
 * assistant answers unless the transcript names another). Start stage `wake`: every utterance is
 * cut out of the stream and must begin with a wake word of the satellite. Each utterance goes to
 * the recognizer while it is spoken; its transcript goes back to the satellite and runs as a turn
 * **as that satellite** (the local principal `wyoming-satellite` bound to it); the reply is
 * synthesized and streamed back as it is produced. A new wake (barge-in) or "그만" stops the
 * playback; a question (the PIN) takes the next utterance without a wake word. A satellite that
 * drops is reconnected with backoff and shown offline meanwhile.
 */
import type { LocalPrincipal } from '../../gate/types.js';
import type { SatelliteEntry } from '../../home/types.js';
import type { HomeHandle } from '../../hub/hub.js';
import { OfflineError } from '../../model/errors.js';
import { compact, isUniversalStop, WakeWords } from '../../nlu/ko/wake.js';
import type { Spoken } from '../../routines/announce.js';
import type { Logger } from '../../util/log.js';
import { Endpointer } from '../../voice/endpoint.js';
import type { AudioFormat, TextToSpeech } from '../../voice/types.js';
import { speakTo } from '../../voice/wyoming/audio.js';
import { connectWyoming, type WyomingConnection } from '../../voice/wyoming/connection.js';

/** Streams one utterance to a recognizer while it is spoken. */
export interface UtteranceSink {
  push(pcm: Buffer): void;
  finish(): Promise<string>;
  abort(): void;
}

export interface Recognizer {
  begin(format: AudioFormat, language: string): UtteranceSink;
}

export interface LinkOptions {
  /** First reconnect delay; doubles up to `maxBackoffMs` (defaults 250 ms and 10 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Audio sent ahead of real time when speaking (default 300 ms). */
  leadMs?: number;
  /** Silence that ends an utterance (default 600 ms). */
  silenceMs?: number;
}

export interface LinkStatus {
  satellite: string;
  wyoming: string;
  online: boolean;
  /** When it went online or offline (ms since the epoch). */
  since: number;
  reconnects: number;
  /** Replies stopped before their end (barge-in, "그만"). */
  repliesStopped: number;
  /** End of speech → first reply audio chunk handed to the socket, of recent turns (ms). */
  latencies: number[];
}

const DEFAULT_FORMAT: AudioFormat = { rate: 16000, width: 2, channels: 1 };

export class SatelliteLink {
  readonly #h: HomeHandle;
  readonly #sat: SatelliteEntry & { wyoming: string };
  readonly #stt: Recognizer;
  readonly #tts: TextToSpeech;
  readonly #language: string;
  readonly #log: Logger;
  readonly #opts: Required<LinkOptions>;
  readonly #wake: WakeWords;
  readonly #who: LocalPrincipal;
  readonly status: LinkStatus;
  #conn: WyomingConnection | null = null;
  #stopped = false;
  #wakeTimer: NodeJS.Timeout | null = null;
  #wakeResolve: (() => void) | null = null;
  // The current pipeline run.
  #mode: 'idle' | 'wake' | 'asr' = 'idle';
  #wakeName: string | null = null;
  #format: AudioFormat = DEFAULT_FORMAT;
  #endpoint: Endpointer;
  #utterance: UtteranceSink | null = null;
  #pending: string | null = null;
  #speaking: AbortController | null = null;
  #turns: Promise<void> = Promise.resolve();
  #speech: Promise<void> = Promise.resolve();

  constructor(
    h: HomeHandle,
    sat: SatelliteEntry & { wyoming: string },
    voice: { stt: Recognizer; tts: TextToSpeech; language: string },
    log: Logger,
    opts: LinkOptions = {},
  ) {
    this.#h = h;
    this.#sat = sat;
    this.#stt = voice.stt;
    this.#tts = voice.tts;
    this.#language = voice.language;
    this.#log = log.child({ satellite: sat.id });
    this.#opts = { backoffMs: 250, maxBackoffMs: 10_000, leadMs: 300, silenceMs: 600, ...opts };
    this.#endpoint = new Endpointer({ silenceMs: this.#opts.silenceMs });
    const file = h.runtime.file;
    this.#wake = new WakeWords(file.assistants.filter((a) => sat.assistants.includes(a.id)));
    this.#who = { kind: 'local', home: h.runtime.id, id: 'wyoming-satellite', satellite: sat.id };
    this.status = {
      satellite: sat.id,
      wyoming: sat.wyoming,
      online: false,
      since: Date.now(),
      reconnects: 0,
      repliesStopped: 0,
      latencies: [],
    };
  }

  /** Connects and keeps the satellite connected until `stop`. */
  start(): void {
    void this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#speaking?.abort();
    this.#utterance?.abort();
    if (this.#wakeTimer) clearTimeout(this.#wakeTimer);
    this.#wakeResolve?.();
    this.#conn?.destroy();
    await this.#turns.catch(() => {});
    await this.#speech;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#wakeResolve = resolve;
      this.#wakeTimer = setTimeout(resolve, ms);
    });
  }

  #setOnline(online: boolean): void {
    if (this.status.online === online) return;
    this.status.online = online;
    this.status.since = Date.now();
    this.#log.info(online ? 'wyoming satellite online' : 'wyoming satellite offline', {
      wyoming: this.#sat.wyoming,
    });
  }

  async #run(): Promise<void> {
    let delay = this.#opts.backoffMs;
    while (!this.#stopped) {
      let conn: WyomingConnection;
      try {
        conn = await connectWyoming(this.#sat.wyoming);
      } catch {
        this.#setOnline(false);
        await this.#sleep(delay);
        delay = Math.min(delay * 2, this.#opts.maxBackoffMs);
        continue;
      }
      if (this.#stopped) {
        conn.destroy();
        return;
      }
      this.#conn = conn;
      delay = this.#opts.backoffMs;
      this.#setOnline(true);
      await conn.send('run-satellite');
      for await (const ev of conn.events()) {
        try {
          this.#onEvent(ev.type, ev.data, ev.payload);
        } catch (err) {
          this.#log.warn('wyoming satellite event failed', { type: ev.type, error: (err as Error).message });
        }
      }
      this.#conn = null;
      this.#speaking?.abort();
      this.#utterance?.abort();
      this.#utterance = null;
      this.#mode = 'idle';
      this.#setOnline(false);
      if (this.#stopped) return;
      this.status.reconnects++;
      await this.#sleep(delay);
    }
  }

  #onEvent(type: string, data: Record<string, unknown>, payload?: Buffer): void {
    switch (type) {
      case 'run-pipeline': {
        // A new run while a reply plays is a barge-in: the reply stops.
        this.#speaking?.abort();
        this.#utterance?.abort();
        this.#utterance = null;
        this.#endpoint.reset();
        this.#mode = data.start_stage === 'wake' ? 'wake' : 'asr';
        if (typeof data.wake_word_name === 'string') this.#wakeName = data.wake_word_name;
        break;
      }
      case 'detection':
        this.#speaking?.abort();
        if (typeof data.name === 'string') this.#wakeName = data.name;
        break;
      case 'audio-start': {
        const d = data as Partial<AudioFormat>;
        if (d.rate && d.width && d.channels)
          this.#format = { rate: d.rate, width: d.width, channels: d.channels };
        break;
      }
      case 'audio-chunk': {
        if (this.#mode === 'idle' || !payload) return;
        const d = data as Partial<AudioFormat>;
        if (d.rate && d.width && d.channels)
          this.#format = { rate: d.rate, width: d.width, channels: d.channels };
        const edge = this.#endpoint.push(payload, this.#format);
        if (edge === 'speech-start') this.#utterance = this.#stt.begin(this.#format, this.#language);
        this.#utterance?.push(payload);
        if (edge === 'speech-end') this.#endUtterance();
        break;
      }
      case 'audio-stop':
        if (this.#utterance) this.#endUtterance();
        break;
      default:
        break;
    }
  }

  #endUtterance(): void {
    const u = this.#utterance;
    if (!u) return;
    this.#utterance = null;
    const endedAt = performance.now();
    const mode = this.#mode;
    const wakeName = this.#wakeName;
    this.#wakeName = null;
    // A satellite that woke for one command streams until it gets the transcript.
    if (mode === 'asr') this.#mode = 'idle';
    this.#turns = this.#turns
      .then(() => this.#turn(u, mode, wakeName, endedAt))
      .catch((err: Error) => this.#log.warn('wyoming satellite turn failed', { error: err.message }));
  }

  /** The assistant a detection names: by wake word, id or name (spacing and case aside). */
  #assistantOfWake(name: string): string | null {
    const n = compact(name.replace(/[_-]+/g, ' '));
    for (const a of this.#h.runtime.file.assistants) {
      if (!this.#sat.assistants.includes(a.id)) continue;
      if ([a.id, a.name, ...a.wakeWords].some((w) => compact(w) === n)) return a.wakeWords[0] ?? null;
    }
    return null;
  }

  async #turn(u: UtteranceSink, mode: 'idle' | 'wake' | 'asr', wakeName: string | null, endedAt: number) {
    const text = (await u.finish()).trim();
    const conn = this.#conn;
    if (!conn) return;
    await conn.send('transcript', { text, language: this.#language });
    if (text === '') return;
    const woken = this.#wake.match(text);
    const said = woken ? woken.rest : text;
    if (isUniversalStop(said)) this.#speaking?.abort();
    const wakeWord = wakeName ? this.#assistantOfWake(wakeName) : null;
    let req: { text: string; satellite: string; assistant?: string; conversationId?: string };
    if (woken) req = { text, satellite: this.#sat.id };
    else if (wakeWord) req = { text: `${wakeWord} ${text}`, satellite: this.#sat.id };
    else if (this.#pending) req = { text, satellite: this.#sat.id, conversationId: this.#pending };
    else if (mode === 'asr' && this.#sat.assistants[0])
      req = { text, satellite: this.#sat.id, assistant: this.#sat.assistants[0] };
    else return; // Speech without a wake word, nobody asked: not for us.
    const r = await this.#h.conversation.turn(req, this.#who);
    this.#pending = r.needsInput ? r.conversationId : null;
    if (r.assistant === null || r.response.text === '') return;
    // Spoken beside the turns, so that the next utterance ("그만", the PIN) is heard meanwhile.
    this.#speaking?.abort();
    const ac = new AbortController();
    this.#speaking = ac;
    this.#speech = this.#say(conn, r.response.text, ac, endedAt).catch((err: Error) =>
      this.#log.warn('wyoming satellite reply failed', { error: err.message }),
    );
  }

  /**
   * Speaks an announcement (a routine's) on the satellite, after the reply it may be speaking; a
   * barge-in or "그만" stops it as it stops a reply. Rejects when the satellite is offline.
   */
  async announce(text: string): Promise<Spoken> {
    const conn = this.#conn;
    if (!conn || conn.closed) throw new OfflineError(`satellite '${this.#sat.id}' is offline`);
    const spoken = this.#speech.then(async () => {
      this.#speaking?.abort();
      const ac = new AbortController();
      this.#speaking = ac;
      await conn.send('synthesize', { text, voice: { language: this.#language } });
      const out = await speakTo(conn, this.#tts, text, ac.signal, { leadMs: this.#opts.leadMs });
      if (this.#speaking === ac) this.#speaking = null;
      return out;
    });
    this.#speech = spoken.then(
      () => {},
      () => {},
    );
    const out = await spoken;
    if (out.stopped && conn.closed) throw new OfflineError(`satellite '${this.#sat.id}' went offline`);
    return { via: 'wyoming', bytes: out.bytes };
  }

  async #say(conn: WyomingConnection, text: string, ac: AbortController, endedAt: number): Promise<void> {
    await conn.send('synthesize', { text, voice: { language: this.#language } });
    const spoken = await speakTo(conn, this.#tts, text, ac.signal, { leadMs: this.#opts.leadMs });
    if (this.#speaking === ac) this.#speaking = null;
    if (spoken.stopped) this.status.repliesStopped++;
    if (spoken.firstChunkAt !== null) {
      this.status.latencies.push(spoken.firstChunkAt - endedAt);
      if (this.status.latencies.length > 100) this.status.latencies.shift();
    }
  }
}

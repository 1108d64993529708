/**
 * Arbitration between the assistants of one satellite, after Amazon's multi-agent rules
 * (alexa/max-toolkit): one dialog at a time per satellite, in the states listening → thinking →
 * speaking; while one assistant listens or thinks, other wake words are ignored; another wake word
 * may barge in only while the holder is speaking; a universal stop reaches whoever holds the dialog
 * (or the satellite's playing media). Like Home Assistant, the same utterance (same wake word, same
 * words) heard by several satellites within 2 s is handled once, by the satellite that heard it first.
 *
 * Time comes only from the injected clock, so tests move it by hand. Speaking lasts an estimate of
 * the reply's speech time; after a question (PIN, "어느 TV요?") the satellite listens for the answer
 * for `listenMs`. States that end by time are settled whenever the satellite is looked at, and by
 * an unref'd timer for live event streams.
 */
import type { Bus } from '../bus/types.js';
import { compact } from '../nlu/ko/wake.js';
import type { Clock } from '../util/clock.js';

export type DialogState = 'idle' | 'listening' | 'thinking' | 'speaking';

export interface Dialog {
  state: DialogState;
  assistant: string | null;
  conversationId: string | null;
  /** When the current state began (ms). */
  since: number;
  /** When speaking ends (ms), while speaking. */
  speakingUntil: number | null;
  /** When listening for an answer ends (ms), while waiting for one. */
  listeningUntil: number | null;
}

export interface ArbitrationOptions {
  /** How long a satellite listens for the answer to a question, after speaking it. */
  listenMs?: number;
  /** Window for the same utterance heard on several satellites. */
  dedupMs?: number;
  /** Speech time per spoken character of a reply. */
  msPerChar?: number;
  minSpeechMs?: number;
  maxSpeechMs?: number;
}

export type Admission = 'ok' | 'busy';

export class Arbiter {
  readonly #home: string;
  readonly #bus: Bus;
  readonly #clock: Clock;
  readonly #opts: Required<ArbitrationOptions>;
  readonly #dialogs = new Map<string, Dialog>();
  readonly #heard = new Map<string, { satellite: string; at: number }>();
  readonly #timers = new Map<string, NodeJS.Timeout[]>();

  constructor(home: string, bus: Bus, clock: Clock, opts: ArbitrationOptions = {}) {
    this.#home = home;
    this.#bus = bus;
    this.#clock = clock;
    this.#opts = {
      listenMs: opts.listenMs ?? 8000,
      dedupMs: opts.dedupMs ?? 2000,
      msPerChar: opts.msPerChar ?? 120,
      minSpeechMs: opts.minSpeechMs ?? 800,
      maxSpeechMs: opts.maxSpeechMs ?? 15_000,
    };
  }

  /** The satellite's dialog now (time-driven transitions settled first). */
  dialog(satellite: string): Dialog {
    const now = this.#clock.now();
    let d = this.#dialogs.get(satellite);
    if (!d) {
      d = {
        state: 'idle',
        assistant: null,
        conversationId: null,
        since: now,
        speakingUntil: null,
        listeningUntil: null,
      };
      this.#dialogs.set(satellite, d);
      return { ...d };
    }
    if (d.state === 'speaking' && d.speakingUntil !== null && now >= d.speakingUntil) {
      if (d.listeningUntil !== null && now < d.listeningUntil)
        this.#set(satellite, d, 'listening', d.speakingUntil);
      else this.#set(satellite, d, 'idle', d.speakingUntil);
    }
    if (d.state === 'listening' && d.listeningUntil !== null && now >= d.listeningUntil) {
      this.#set(satellite, d, 'idle', d.listeningUntil);
    }
    return { ...d };
  }

  /**
   * May `assistant` take the satellite now? Other wake words are ignored while another assistant
   * listens or thinks; while it speaks, a wake word barges in.
   */
  admit(satellite: string, assistant: string): Admission {
    const d = this.dialog(satellite);
    if (
      (d.state === 'listening' || d.state === 'thinking') &&
      d.assistant !== null &&
      d.assistant !== assistant
    )
      return 'busy';
    return 'ok';
  }

  /**
   * Records an utterance heard on a satellite; true when the same utterance (same assistant, same
   * words) was already taken from another satellite within the window.
   */
  duplicate(satellite: string, assistant: string, words: string): boolean {
    const now = this.#clock.now();
    for (const [k, v] of this.#heard) if (now - v.at > this.#opts.dedupMs) this.#heard.delete(k);
    const key = `${assistant}\u0000${compact(words)}`;
    const seen = this.#heard.get(key);
    if (seen && seen.satellite !== satellite && now - seen.at <= this.#opts.dedupMs) return true;
    this.#heard.set(key, { satellite, at: now });
    return false;
  }

  /** The wake word was heard: the assistant listens, then thinks. */
  begin(satellite: string, assistant: string, conversationId: string): void {
    const d = this.#current(satellite);
    d.assistant = assistant;
    d.conversationId = conversationId;
    d.speakingUntil = null;
    d.listeningUntil = null;
    if (d.state !== 'listening') this.#set(satellite, d, 'listening');
    this.#set(satellite, d, 'thinking');
  }

  /** The assistant answers: it speaks `text`, then listens when it asked a question. */
  speak(
    satellite: string,
    assistant: string,
    conversationId: string,
    text: string,
    expectsAnswer: boolean,
  ): void {
    const d = this.#current(satellite);
    // A barge-in took the satellite meanwhile: the older dialog's answer is not spoken.
    if (d.assistant !== assistant || d.conversationId !== conversationId) return;
    const now = this.#clock.now();
    const chars = [...text].filter((c) => !/\s/u.test(c)).length;
    const speech =
      chars === 0
        ? 0
        : Math.min(this.#opts.maxSpeechMs, Math.max(this.#opts.minSpeechMs, chars * this.#opts.msPerChar));
    d.speakingUntil = now + speech;
    d.listeningUntil = expectsAnswer ? now + speech + this.#opts.listenMs : null;
    if (speech > 0) this.#set(satellite, d, 'speaking');
    else if (expectsAnswer) this.#set(satellite, d, 'listening');
    else this.#set(satellite, d, 'idle');
    this.#wake(satellite, expectsAnswer ? [speech, speech + this.#opts.listenMs] : [speech]);
  }

  /** Ends whatever dialog the satellite holds (universal stop, conversation over); returns its holder. */
  end(satellite: string): { assistant: string | null; conversationId: string | null; state: DialogState } {
    const d = this.#current(satellite);
    const held = { assistant: d.assistant, conversationId: d.conversationId, state: d.state };
    d.speakingUntil = null;
    d.listeningUntil = null;
    if (d.state !== 'idle') this.#set(satellite, d, 'idle');
    return held;
  }

  /** Every satellite's dialog that has been seen. */
  all(): Map<string, Dialog> {
    for (const s of this.#dialogs.keys()) this.dialog(s);
    return new Map([...this.#dialogs].map(([k, v]) => [k, { ...v }]));
  }

  close(): void {
    for (const ts of this.#timers.values()) for (const t of ts) clearTimeout(t);
    this.#timers.clear();
  }

  #current(satellite: string): Dialog {
    this.dialog(satellite);
    return this.#dialogs.get(satellite) as Dialog;
  }

  #set(satellite: string, d: Dialog, state: DialogState, at = this.#clock.now()): void {
    d.state = state;
    d.since = at;
    if (state === 'idle') {
      d.speakingUntil = null;
      d.listeningUntil = null;
    }
    this.#bus.emit('dialogStateChanged', {
      home: this.#home,
      satellite,
      state,
      assistant: d.assistant,
    });
  }

  /** Settles time-driven transitions on a live hub so the event stream shows them. */
  #wake(satellite: string, offsets: number[]): void {
    for (const t of this.#timers.get(satellite) ?? []) clearTimeout(t);
    const timers = offsets
      .filter((ms) => ms > 0)
      .map((ms) => {
        const t = setTimeout(() => this.dialog(satellite), ms + 10);
        t.unref();
        return t;
      });
    this.#timers.set(satellite, timers);
  }
}

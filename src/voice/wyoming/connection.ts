/**
 * One Wyoming peer over a TCP socket: events in (as an async queue), events out. Used by the
 * hub's Wyoming service (server side) and by its clients of satellites, recognizers and voices.
 */
import { connect, type Socket } from 'node:net';
import { noDelay } from '../../util/net.js';
import { encodeEvent, WyomingDecoder, type WyomingEvent, WyomingProtocolError } from './codec.js';

export class WyomingConnection {
  readonly socket: Socket;
  readonly #decoder = new WyomingDecoder();
  readonly #queue: WyomingEvent[] = [];
  #waiter: ((ev: WyomingEvent | null) => void) | null = null;
  #closed = false;
  /** Why the connection ended, when it was not a clean close. */
  error: Error | null = null;

  constructor(socket: Socket) {
    this.socket = noDelay(socket);
    socket.on('data', (chunk: Buffer) => {
      let events: WyomingEvent[];
      try {
        events = this.#decoder.push(chunk);
      } catch (err) {
        this.error = err as Error;
        socket.destroy();
        this.#end();
        return;
      }
      for (const ev of events) this.#deliver(ev);
    });
    socket.on('error', (err) => {
      this.error ??= err;
    });
    socket.on('close', () => this.#end());
  }

  get closed(): boolean {
    return this.#closed;
  }

  #deliver(ev: WyomingEvent): void {
    const w = this.#waiter;
    if (w) {
      this.#waiter = null;
      w(ev);
    } else this.#queue.push(ev);
  }

  #end(): void {
    if (this.#closed) return;
    this.#closed = true;
    const w = this.#waiter;
    this.#waiter = null;
    w?.(null);
  }

  /** The next event, or null once the peer has gone (or broke the framing). */
  next(timeoutMs?: number): Promise<WyomingEvent | null> {
    const ev = this.#queue.shift();
    if (ev) return Promise.resolve(ev);
    if (this.#closed) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      this.#waiter = (e) => {
        if (timer) clearTimeout(timer);
        resolve(e);
      };
      if (timeoutMs !== undefined)
        timer = setTimeout(() => {
          this.#waiter = null;
          reject(new WyomingProtocolError(`no answer within ${timeoutMs} ms`));
        }, timeoutMs);
    });
  }

  /** The next event of one of these types (others are skipped), or null once the peer has gone. */
  async nextOf(types: readonly string[], timeoutMs?: number): Promise<WyomingEvent | null> {
    const until = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
    for (;;) {
      const ev = await this.next(until === undefined ? undefined : Math.max(1, until - Date.now()));
      if (ev === null || types.includes(ev.type)) return ev;
    }
  }

  async *events(): AsyncGenerator<WyomingEvent> {
    for (;;) {
      const ev = await this.next();
      if (ev === null) return;
      yield ev;
    }
  }

  /** Writes one event; resolves once it was handed to the socket (with backpressure). */
  send(type: string, data: Record<string, unknown> = {}, payload?: Buffer): Promise<void> {
    if (this.#closed || this.socket.destroyed) return Promise.resolve();
    const bytes = encodeEvent(payload ? { type, data, payload } : { type, data });
    return new Promise((resolve) => {
      if (this.socket.write(bytes)) return resolve();
      // Wait for the socket to drain; a socket closed while waiting never hangs the writer.
      const done = () => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  close(): void {
    this.socket.end();
    this.socket.destroySoon?.();
    this.#end();
  }

  destroy(): void {
    this.socket.destroy();
    this.#end();
  }
}

/** Opens a connection to `tcp://host:port` (or `wyoming://host:port`). */
export function connectWyoming(url: string, timeoutMs = 3000): Promise<WyomingConnection> {
  const { host, port } = parseWyomingUrl(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`${url}: no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(new WyomingConnection(socket));
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** `tcp://host:port` or `wyoming://host:port` → host and port; throws on anything else. */
export function parseWyomingUrl(url: string): { host: string; port: number } {
  const m = /^(?:tcp|wyoming):\/\/(\[[^\]]+\]|[^:/\s]+):(\d{1,5})\/?$/.exec(url);
  const port = m ? Number(m[2]) : 0;
  if (!m || port < 1 || port > 65535)
    throw new Error(`'${url}' is not a Wyoming address (tcp://host:port or wyoming://host:port)`);
  return { host: (m[1] as string).replace(/^\[|\]$/g, ''), port };
}

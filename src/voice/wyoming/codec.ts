/**
 * The Wyoming event framing (OHF-Voice/wyoming, `wyoming/event.py`): one JSON header line
 * `{type, data?, data_length?, payload_length?, version}` ended by `\n`; then `data_length` bytes
 * of UTF-8 JSON whose keys are merged into the header's `data`; then `payload_length` bytes of
 * binary payload (PCM audio). Writers put `data` in the extra data block (as the reference library
 * does since 1.x) and always send `version`.
 */

/** The protocol version the hub writes in every header (the reference library's own version). */
export const WYOMING_VERSION = '1.8.0';

export interface WyomingEvent {
  type: string;
  data: Record<string, unknown>;
  payload?: Buffer;
}

/** Limits a peer cannot exceed; beyond them the stream is refused (never buffered without end). */
export interface DecoderLimits {
  /** Longest header line, in bytes. */
  maxHeader: number;
  /** Largest data block, in bytes. */
  maxData: number;
  /** Largest payload, in bytes. */
  maxPayload: number;
}

export const DEFAULT_LIMITS: DecoderLimits = {
  maxHeader: 64 * 1024,
  maxData: 1024 * 1024,
  maxPayload: 4 * 1024 * 1024,
};

/** A stream that does not follow the framing; the connection that sent it should be closed. */
export class WyomingProtocolError extends Error {
  override readonly name = 'WyomingProtocolError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One event as bytes on the wire. */
export function encodeEvent(ev: WyomingEvent): Buffer {
  const header: Record<string, unknown> = { type: ev.type, version: WYOMING_VERSION };
  const hasData = Object.keys(ev.data).length > 0;
  const dataBytes = hasData ? Buffer.from(JSON.stringify(ev.data), 'utf8') : null;
  if (dataBytes) header.data_length = dataBytes.length;
  if (ev.payload && ev.payload.length > 0) header.payload_length = ev.payload.length;
  const parts: Buffer[] = [Buffer.from(`${JSON.stringify(header)}\n`, 'utf8')];
  if (dataBytes) parts.push(dataBytes);
  if (ev.payload && ev.payload.length > 0) parts.push(ev.payload);
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}

const length = (v: unknown, what: string, max: number): number => {
  if (v === undefined || v === null) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new WyomingProtocolError(`${what} must be a non-negative integer`);
  if (v > max) throw new WyomingProtocolError(`${what} ${v} is over the limit of ${max} bytes`);
  return v;
};

interface Pending {
  type: string;
  data: Record<string, unknown>;
  dataLength: number;
  payloadLength: number;
}

/**
 * Turns a byte stream into events: `push` the bytes as they arrive and get back every event they
 * complete. Throws `WyomingProtocolError` on a stream that breaks the framing or the limits.
 */
export class WyomingDecoder {
  readonly #limits: DecoderLimits;
  #buf: Buffer = Buffer.alloc(0);
  #pending: Pending | null = null;

  constructor(limits: Partial<DecoderLimits> = {}) {
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
  }

  push(chunk: Buffer): WyomingEvent[] {
    this.#buf = this.#buf.length === 0 ? chunk : Buffer.concat([this.#buf, chunk]);
    const out: WyomingEvent[] = [];
    for (;;) {
      if (!this.#pending) {
        const nl = this.#buf.indexOf(0x0a);
        if (nl < 0) {
          if (this.#buf.length > this.#limits.maxHeader)
            throw new WyomingProtocolError(`header line longer than ${this.#limits.maxHeader} bytes`);
          return out;
        }
        if (nl > this.#limits.maxHeader)
          throw new WyomingProtocolError(`header line longer than ${this.#limits.maxHeader} bytes`);
        const line = this.#buf.subarray(0, nl).toString('utf8').trim();
        this.#buf = this.#buf.subarray(nl + 1);
        if (line === '') continue;
        this.#pending = this.#header(line);
      }
      const p = this.#pending;
      if (this.#buf.length < p.dataLength + p.payloadLength) return out;
      let data = p.data;
      if (p.dataLength > 0) {
        let extra: unknown;
        try {
          extra = JSON.parse(this.#buf.subarray(0, p.dataLength).toString('utf8'));
        } catch {
          throw new WyomingProtocolError(`the data block of '${p.type}' is not JSON`);
        }
        if (!isObject(extra))
          throw new WyomingProtocolError(`the data block of '${p.type}' is not an object`);
        data = { ...data, ...extra };
      }
      const ev: WyomingEvent = { type: p.type, data };
      if (p.payloadLength > 0)
        ev.payload = Buffer.from(this.#buf.subarray(p.dataLength, p.dataLength + p.payloadLength));
      this.#buf = this.#buf.subarray(p.dataLength + p.payloadLength);
      this.#pending = null;
      out.push(ev);
    }
  }

  #header(line: string): Pending {
    let h: unknown;
    try {
      h = JSON.parse(line);
    } catch {
      throw new WyomingProtocolError('a header line is not JSON');
    }
    if (!isObject(h)) throw new WyomingProtocolError('a header line is not a JSON object');
    if (typeof h.type !== 'string' || h.type === '') throw new WyomingProtocolError('a header has no type');
    if (h.data !== undefined && h.data !== null && !isObject(h.data))
      throw new WyomingProtocolError(`the data of '${h.type}' is not an object`);
    return {
      type: h.type,
      data: isObject(h.data) ? h.data : {},
      dataLength: length(h.data_length, 'data_length', this.#limits.maxData),
      payloadLength: length(h.payload_length, 'payload_length', this.#limits.maxPayload),
    };
  }
}

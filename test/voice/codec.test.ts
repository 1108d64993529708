/**
 * The Wyoming framing against the reference library: events the hub encodes are read by
 * `wyoming.event.read_event`, and what `write_event` writes back is decoded by the hub, byte by
 * byte and all at once; broken framing and oversized blocks are refused.
 */
import { describe, expect, it } from 'vitest';
import {
  encodeEvent,
  WyomingDecoder,
  type WyomingEvent,
  WyomingProtocolError,
} from '../../src/voice/wyoming/codec.js';
import { pythonMissing, runPy } from './support.js';

const missing = pythonMissing();
if (missing) console.log(`skipped: the Python reference peer: ${missing}`);

const pcm = Buffer.alloc(4096);
for (let i = 0; i < pcm.length; i++) pcm[i] = (i * 7) & 0xff;
const events: WyomingEvent[] = [
  { type: 'describe', data: {} },
  { type: 'transcript', data: { text: '지니야 냉장고 온도 3도로 낮춰줘', language: 'ko' } },
  { type: 'audio-start', data: { rate: 22050, width: 2, channels: 1, timestamp: 0 } },
  { type: 'audio-chunk', data: { rate: 22050, width: 2, channels: 1, timestamp: 0 }, payload: pcm },
  { type: 'audio-stop', data: { timestamp: 92 } },
];

describe('Wyoming codec', () => {
  it('a header line, a data block and a payload, as the reference library writes them', () => {
    const bytes = encodeEvent(events[3] as WyomingEvent);
    const nl = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray(0, nl).toString('utf8'));
    expect(header.type).toBe('audio-chunk');
    expect(typeof header.version).toBe('string');
    expect(header.payload_length).toBe(4096);
    const data = JSON.parse(bytes.subarray(nl + 1, nl + 1 + header.data_length).toString('utf8'));
    expect(data).toEqual({ rate: 22050, width: 2, channels: 1, timestamp: 0 });
    expect(bytes.length).toBe(nl + 1 + header.data_length + 4096);
    // No data, no data_length; no payload, no payload_length.
    const d = JSON.parse(encodeEvent({ type: 'describe', data: {} }).toString('utf8'));
    expect(d.data_length).toBeUndefined();
    expect(d.payload_length).toBeUndefined();
  });

  it.skipIf(missing)(
    'round trip through wyoming.event (Python), delivered whole and byte by byte',
    async () => {
      const input = Buffer.concat(events.map(encodeEvent));
      const out = await runPy('stdio_echo.py', [], { input });
      for (const split of ['whole', 'bytes'] as const) {
        const dec = new WyomingDecoder();
        const got: WyomingEvent[] =
          split === 'whole' ? dec.push(out) : [...out].flatMap((b) => dec.push(Buffer.from([b])));
        expect(got.map((e) => e.type)).toEqual(events.map((e) => e.type));
        got.forEach((e, i) => {
          const sent = events[i] as WyomingEvent;
          const { echo, ...data } = e.data as { echo: { type: string; payload_length: number } };
          expect(echo).toEqual({ type: sent.type, payload_length: sent.payload?.length ?? 0 });
          expect(data).toEqual(sent.data);
          expect(e.payload?.equals(sent.payload as Buffer) ?? sent.payload === undefined).toBe(true);
        });
      }
    },
  );

  it('merges the data block over the header data, and skips blank lines', () => {
    const dec = new WyomingDecoder();
    const body = Buffer.from(JSON.stringify({ text: '안녕' }));
    const wire = Buffer.concat([
      Buffer.from('\n'),
      Buffer.from(
        `${JSON.stringify({ type: 'synthesize', data: { text: 'x', voice: { name: 'ko' } }, data_length: body.length })}\n`,
      ),
      body,
    ]);
    expect(dec.push(wire)).toEqual([{ type: 'synthesize', data: { text: '안녕', voice: { name: 'ko' } } }]);
  });

  it.each([
    ['not JSON', 'hello\n'],
    ['no type', '{"data":{}}\n'],
    ['a negative length', '{"type":"x","payload_length":-1}\n'],
    ['a payload over the limit', '{"type":"x","payload_length":999999999}\n'],
    ['a data block that is not an object', '{"type":"x","data_length":2}\n[]'],
  ])('refuses %s', (_what, wire) => {
    expect(() => new WyomingDecoder().push(Buffer.from(wire))).toThrow(WyomingProtocolError);
  });

  it('refuses a header line that never ends past the limit', () => {
    const dec = new WyomingDecoder({ maxHeader: 1000 });
    expect(() => dec.push(Buffer.alloc(2000, 0x61))).toThrow(/longer than 1000/);
  });
});

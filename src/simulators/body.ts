/**
 * A simulator's request body as text, read with plain 'data'/'end' listeners: an async iterator
 * over the request costs a promise per chunk and a stream teardown, which is a visible share of a
 * simulator's CPU per request under the bench's load.
 */
import type { IncomingMessage } from 'node:http';

/** The body as UTF-8 text, or null as soon as it passes `max` bytes (the rest is drained). */
export function readBodyText(req: IncomingMessage, max = Number.POSITIVE_INFINITY): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > max) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) return;
      resolve(
        chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8'),
      );
    });
    req.on('error', reject);
  });
}

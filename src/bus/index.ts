/**
 * Picks the bus from a URL: none → the in-process MemoryBus; `nats://…` (several servers separated
 * by commas; `?stream=NAME` chooses the JetStream stream, default `YEONDONG`; `&subjects=PREFIX` its
 * subjects' first token, default `yeondong`) → NatsBus.
 */
import type { Logger } from '../util/log.js';
import { MemoryBus } from './memory.js';
import { NatsBus } from './nats.js';
import type { Bus } from './types.js';

export function createBus(url: string | undefined, log?: Logger): Bus {
  if (url === undefined || url === '' || url === 'memory:') return new MemoryBus(log);
  if (/^(nats|tls):\/\//.test(url)) {
    const q = url.indexOf('?');
    const params = new URLSearchParams(q >= 0 ? url.slice(q + 1) : '');
    const stream = params.get('stream');
    const subjects = params.get('subjects');
    return new NatsBus({
      url: q >= 0 ? url.slice(0, q) : url,
      log,
      ...(stream ? { stream } : {}),
      ...(subjects ? { subjectPrefix: subjects } : {}),
    });
  }
  throw new Error(`--bus must be a nats:// URL (got '${url.replace(/:[^:@/]*@/, ':***@')}')`);
}

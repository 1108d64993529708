/**
 * The hub (`yeondong serve`, by default with `--matter 5540`) inside a test's network namespace, for the Matter tests:
 * its API URL and the LG simulator's, read off its start-up output.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { DEMO_HOME } from '../../support/hub.js';
import { BIN, type Namespace, type Peer, spawnIn } from './netns.js';

export interface Hub {
  child: ChildProcess;
  url: string;
  lgUrl: string;
  err: () => string;
}

/** `serve` of the demo home with `extra` options (by default the bridge on UDP 5540). */
export async function startHub(ns: Namespace, data: string, extra = ['--matter', '5540']): Promise<Hub> {
  const child = spawnIn(ns, [BIN, 'serve', '--home', DEMO_HOME, '--port', '0', '--data', data, ...extra], {
    YEONDONG_LOG: 'info',
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err = (err + String(d)).slice(-200_000);
  });
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`hub did not start: ${err.slice(-3000)}`)), 120_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1] as string);
      }
    });
    child.on('exit', (code) => rej(new Error(`hub exited ${code}: ${err.slice(-3000)}`)));
  });
  const lg = /"msg":"simulator started"[^\n]*"connection":"lg"[^\n]*"url":"([^"]+)"/.exec(err);
  return { child, url, lgUrl: lg?.[1] ?? '', err: () => err };
}

export async function stopHub(h: Hub): Promise<void> {
  if (h.child.exitCode !== null || h.child.signalCode !== null) return;
  const exited = new Promise((r) => h.child.once('exit', r));
  h.child.kill('SIGTERM');
  await exited;
}

/** The LG ThinQ simulator's state of one device, fetched through a peer inside the namespace. */
export async function lgState(peer: Peer, hub: Hub, externalId: string): Promise<any> {
  const r = await peer.call<{ status: number; body: any }>('http', {
    url: `${hub.lgUrl}/devices/${externalId}/state`,
    headers: {
      authorization: 'Bearer test',
      'x-country': 'KR',
      'x-client-id': 'test',
      'x-api-key': 'test',
      'x-service-phase': 'OP',
      'x-message-id': randomBytes(16).toString('base64url'),
    },
  });
  if (r.status !== 200) throw new Error(`LG simulator: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.response;
}

/**
 * The hub's embedded MQTT broker (aedes on a plain TCP listener), used for `broker: embedded`.
 * start acquires the listener and the aedes instance; stop releases both and cuts every client
 * socket at once, so clients see the loss immediately (their last wills are not delivered).
 * Accepted sockets have Nagle's algorithm off (util/net.ts).
 */
import { createServer, type Socket } from 'node:net';
import { Aedes } from 'aedes';
import { noDelay } from '../../util/net.js';

export interface EmbeddedBrokerOptions {
  /** Listen address, 127.0.0.1 unless told otherwise. */
  host?: string;
  /** 0 (default) = any free port. */
  port?: number;
}

export interface EmbeddedBroker {
  /** mqtt://host:port of the listener. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startEmbeddedBroker(opts: EmbeddedBrokerOptions = {}): Promise<EmbeddedBroker> {
  const host = opts.host ?? '127.0.0.1';
  const aedes = await Aedes.createBroker({ heartbeatInterval: 60_000, drainTimeout: 10_000 });
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    noDelay(socket);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    aedes.handle(socket);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await new Promise<void>((resolve) => aedes.close(() => resolve()));
    throw err;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  let stopped: Promise<void> | undefined;
  return {
    url: `mqtt://${host}:${port}`,
    port,
    stop() {
      stopped ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await new Promise<void>((resolve) => aedes.close(() => resolve()));
        await closed;
      })();
      return stopped;
    },
  };
}

/** What `serve` checks before it starts anything, so a refusal is one line and quick. */
import { createServer } from 'node:net';

/** Null when host:port can be listened on now; else a one-line reason. Port 0 is always free. */
export function portProblem(host: string, port: number): Promise<string | null> {
  if (port === 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(listenProblem(err, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}

/** A listen error as one line for people. */
export function listenProblem(err: unknown, host: string, port: number): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return `port ${port} on ${host} is in use (another hub or program listens there); stop it or choose another --port`;
  if (code === 'EACCES') return `not allowed to listen on port ${port} on ${host}; choose another --port`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return `cannot listen on ${host}: no such address on this machine; check --host`;
  return `cannot listen on ${host}:${port} (${code ?? String(err)})`;
}

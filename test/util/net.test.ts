/**
 * Nagle's algorithm is off on every TCP socket the hub and its simulators open or accept: the
 * embedded MQTT broker's accepted connections, the hub's and the zigbee2mqtt bridge's MQTT
 * connections, the vendor HTTP clients and servers, the API server and its WebSockets.
 *
 * Every socket Node creates in this process is seen through the public diagnostics channels
 * (`net.client.socket`, `net.server.socket`); whether Nagle is off is read from the socket itself
 * (Node records each setNoDelay call on it). A plain socket opened by the test is the control that
 * shows the reading can tell the difference.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestHub, type TestHub } from '../support/hub.js';

interface Seen {
  side: 'client' | 'server';
  socket: Socket;
}

const seen: Seen[] = [];
const onClient = (m: unknown) => void seen.push({ side: 'client', socket: (m as { socket: Socket }).socket });
const onServer = (m: unknown) => void seen.push({ side: 'server', socket: (m as { socket: Socket }).socket });

/** Whether setNoDelay(true) is in force on the socket, as Node records it. */
function nagleOff(socket: Socket): boolean {
  const sym = Object.getOwnPropertySymbols(socket).find((s) => s.description === 'kSetNoDelay');
  return sym !== undefined && (socket as unknown as Record<symbol, unknown>)[sym] === true;
}

const portOf = (url: string) => Number(new URL(url).port);

let h: TestHub;

beforeAll(async () => {
  subscribe('net.client.socket', onClient);
  subscribe('net.server.socket', onServer);
  h = await startTestHub();
}, 30_000);

afterAll(async () => {
  unsubscribe('net.client.socket', onClient);
  unsubscribe('net.server.socket', onServer);
  await h?.stop();
});

describe("Nagle's algorithm", () => {
  it('is off on every socket the hub and its simulators open or accept', async () => {
    // Traffic on every path: an MQTT command (hub → broker → bridge and back), a vendor poll over
    // HTTP (the hub reads every vendor cloud at start), and a WebSocket on the API server.
    const light = await h.api('/api/v1/homes/demo/devices/living-light/commands', {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'main', cluster: 'OnOff', command: 'On', args: {} }),
    });
    expect(light.status).toBe(200);
    expect(light.body.status).toBe('success');
    const ws = new WebSocket(
      `${h.url.replace('http', 'ws')}/api/v1/homes/demo/events?access_token=${encodeURIComponent(h.token())}`,
    );
    await new Promise<void>((resolve, reject) => {
      ws.once('message', () => resolve());
      ws.once('error', reject);
    });
    ws.close();

    const urlOf = (connection: string) => h.hub.home('demo')?.runtime.simulatorUrl(connection) ?? 'x://x:1';
    const brokerPort = portOf(urlOf('zigbee')); // the bridge's broker: the hub's embedded one
    const apiPort = portOf(h.url);
    const vendorPorts = ['lg', 'kt', 'samsung'].map((c) => portOf(urlOf(c)));

    const local = (s: Seen) => (s.side === 'server' ? s.socket.localPort : s.socket.remotePort);
    const at = (port: number | undefined, side: Seen['side']) =>
      seen.filter((s) => s.side === side && local(s) === port);
    // Every kind of socket is there: both ends at the broker, the API server's and the vendors'.
    expect(at(brokerPort, 'server').length).toBeGreaterThanOrEqual(2); // the hub's session and the bridge
    expect(at(brokerPort, 'client').length).toBeGreaterThanOrEqual(2);
    expect(at(apiPort, 'server').length).toBeGreaterThanOrEqual(2); // the fetch and the WebSocket
    for (const port of vendorPorts) {
      expect(at(port, 'client').length, `client sockets to ${port}`).toBeGreaterThanOrEqual(1);
      expect(at(port, 'server').length, `server sockets on ${port}`).toBeGreaterThanOrEqual(1);
    }
    const withNagle = seen
      .filter((s) => !nagleOff(s.socket))
      .map((s) => `${s.side} ${s.socket.localPort} → ${s.socket.remotePort}`);
    expect(withNagle).toEqual([]);
  });

  it('is on for a plain socket nobody tuned (the reading tells the difference)', async () => {
    const port = portOf(h.url);
    const plain = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      plain.once('connect', resolve);
      plain.once('error', reject);
    });
    expect(nagleOff(plain)).toBe(false);
    plain.setNoDelay(true);
    expect(nagleOff(plain)).toBe(true);
    plain.destroy();
  });
});

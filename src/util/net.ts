/**
 * Nagle's algorithm off on every socket the hub or a simulator opens or accepts. MQTT packets and
 * small HTTP requests are written in pieces; with Nagle on, a piece written while an earlier one
 * is not yet acknowledged waits for the peer's delayed ACK (40 ms on Linux), which put 40–90 ms on
 * every MQTT command. node:http servers and agents already disable it (Node ≥ 18); node:net
 * (aedes' listener, mqtt.js' connections) does not.
 */
import type { Duplex } from 'node:stream';

/** Any stream that may be a TCP or TLS socket (MQTT over WebSocket streams have no such option). */
type MaybeSocket = Duplex & { setNoDelay?: (noDelay?: boolean) => unknown };

/** Turns Nagle off on a socket (a no-op for streams that are not TCP). Returns the stream. */
export function noDelay<T extends Duplex>(stream: T): T {
  const s = stream as MaybeSocket;
  if (typeof s.setNoDelay === 'function') s.setNoDelay(true);
  return stream;
}

/** The part of mqtt.js' MqttClient that builds its connections (a new one on every reconnect). */
interface StreamBuilding {
  stream: Duplex;
  streamBuilder: (client: never) => Duplex;
}

/**
 * Turns Nagle off on an mqtt.js client's connection, now and on every reconnect: call it right
 * after `connect()` (the first connection is already being opened; the option still applies).
 */
export function mqttNoDelay<C extends object>(client: C): C {
  const c = client as unknown as StreamBuilding;
  const build = c.streamBuilder;
  c.streamBuilder = (arg: never) => noDelay(build(arg));
  if (c.stream) noDelay(c.stream);
  return client;
}

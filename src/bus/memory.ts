import type { Logger } from '../util/log.js';
import type { Bus, BusEventName, BusEvents, Listener } from './types.js';

interface Entry {
  listener: (payload: unknown) => void;
  owner: object | undefined;
}

/** In-process bus: synchronous delivery; one failing listener never breaks the others. */
export class MemoryBus implements Bus {
  readonly #listeners = new Map<BusEventName, Entry[]>();
  readonly #log: Logger | undefined;

  constructor(log?: Logger) {
    this.#log = log;
  }

  on<K extends BusEventName>(name: K, listener: Listener<K>, owner?: object): () => void {
    const entry: Entry = { listener: listener as (p: unknown) => void, owner };
    const list = this.#listeners.get(name) ?? [];
    list.push(entry);
    this.#listeners.set(name, list);
    return () => {
      const l = this.#listeners.get(name);
      if (l)
        this.#listeners.set(
          name,
          l.filter((e) => e !== entry),
        );
    };
  }

  emit<K extends BusEventName>(name: K, payload: BusEvents[K]): void {
    const list = this.#listeners.get(name);
    if (!list) return;
    for (const e of list) {
      try {
        e.listener(payload);
      } catch (err) {
        this.#log?.error('bus listener failed', { event: name, err: String(err) });
      }
    }
  }

  removeOwner(owner: object): void {
    for (const [name, list] of this.#listeners) {
      this.#listeners.set(
        name,
        list.filter((e) => e.owner !== owner),
      );
    }
  }
}

import type { Logger } from '../util/log.js';
import type { Bus, BusEventName, BusEvents, Listener } from './types.js';

interface Entry {
  listener: (payload: unknown) => void;
  owner: object | undefined;
}

/** One event's listeners: those for every home, and those of one home each. */
interface Listeners {
  all: Entry[];
  byHome: Map<string, Entry[]>;
}

/**
 * In-process bus: synchronous delivery; one failing listener never breaks the others.
 *
 * A listener registered for one home (`on(name, fn, owner, home)`) is called only for events of that
 * home, and is found without looking at the other homes' listeners: with 1,000 homes on a node an
 * event no longer visits every home's care, routines and bridges, and a home's stop removes its own
 * listeners without scanning every other home's (it was O(homes) per home, O(homes²) per shutdown).
 * Listeners for every home are called first, then the home's own, each in the order registered.
 */
export class MemoryBus implements Bus {
  readonly #listeners = new Map<BusEventName, Listeners>();
  /** Which lists (`name\0*` for every home, `name\0=home` for one) each owner has entries in. */
  readonly #owned = new Map<object, Set<string>>();
  readonly #log: Logger | undefined;

  constructor(log?: Logger) {
    this.#log = log;
  }

  // Lists are copied on write (registration is rare, delivery is not): an emit goes through the
  // list as it was when it started, whatever its listeners add or remove meanwhile.
  #get(name: BusEventName, home: string | undefined): Entry[] {
    const l = this.#listeners.get(name);
    if (!l) return [];
    return (home === undefined ? l.all : l.byHome.get(home)) ?? [];
  }

  #set(name: BusEventName, home: string | undefined, list: Entry[]): void {
    let l = this.#listeners.get(name);
    if (!l) {
      l = { all: [], byHome: new Map() };
      this.#listeners.set(name, l);
    }
    if (home === undefined) l.all = list;
    else if (list.length > 0) l.byHome.set(home, list);
    else l.byHome.delete(home);
  }

  on<K extends BusEventName>(name: K, listener: Listener<K>, owner?: object, home?: string): () => void {
    const entry: Entry = { listener: listener as (p: unknown) => void, owner };
    this.#set(name, home, [...this.#get(name, home), entry]);
    if (owner) {
      const key = `${name}\u0000${home === undefined ? '*' : `=${home}`}`;
      const keys = this.#owned.get(owner);
      if (keys) keys.add(key);
      else this.#owned.set(owner, new Set([key]));
    }
    return () => {
      const list = this.#get(name, home);
      if (list.includes(entry))
        this.#set(
          name,
          home,
          list.filter((e) => e !== entry),
        );
    };
  }

  emit<K extends BusEventName>(name: K, payload: BusEvents[K]): void {
    const l = this.#listeners.get(name);
    if (!l) return;
    for (const e of l.all) this.#one(e, name, payload);
    if (l.byHome.size > 0) {
      const home = (payload as { home?: unknown }).home;
      const own = typeof home === 'string' ? l.byHome.get(home) : undefined;
      if (own) for (const e of own) this.#one(e, name, payload);
    }
  }

  #one(e: Entry, name: BusEventName, payload: unknown): void {
    try {
      e.listener(payload);
    } catch (err) {
      this.#log?.error('bus listener failed', { event: name, err: String(err) });
    }
  }

  removeOwner(owner: object): void {
    const keys = this.#owned.get(owner);
    if (!keys) return;
    this.#owned.delete(owner);
    for (const key of keys) {
      const cut = key.indexOf('\u0000');
      const name = key.slice(0, cut) as BusEventName;
      const home = key[cut + 1] === '=' ? key.slice(cut + 2) : undefined;
      const list = this.#get(name, home);
      if (list.some((e) => e.owner === owner))
        this.#set(
          name,
          home,
          list.filter((e) => e.owner !== owner),
        );
    }
  }
}

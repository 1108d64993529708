/** The hub's event stream over a WebSocket, reconnecting with backoff. */
import type { HubEvent } from './model.js';
import type { Live } from './state.js';

export interface LiveHandlers {
  event(e: HubEvent): void;
  status(s: Live): void;
  /** After a reconnect: events may have been missed, re-read what matters. */
  resync(): void;
  /** The hub refused the token (close code 4401). */
  unauthorized(): void;
}

export function connectLive(url: string, h: LiveHandlers): () => void {
  let ws: WebSocket | null = null;
  let stopped = false;
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const open = () => {
    if (stopped) return;
    h.status('connecting');
    ws = new WebSocket(url);
    ws.onopen = () => {
      h.resync();
      attempts = 0;
      h.status('open');
    };
    ws.onmessage = (m) => {
      try {
        const e = JSON.parse(String(m.data)) as HubEvent | { type: 'error' };
        if (e.type !== 'error') h.event(e as HubEvent);
      } catch {
        // not JSON: ignore
      }
    };
    ws.onclose = (c) => {
      ws = null;
      if (stopped) return;
      if (c.code === 4401) {
        h.unauthorized();
        return;
      }
      h.status('closed');
      attempts += 1;
      timer = setTimeout(open, Math.min(5000, 250 * 2 ** Math.min(attempts, 5)));
    };
  };
  open();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    ws?.close();
  };
}

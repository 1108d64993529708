/** A device as a card: name, vendor, online state, what people care about, and its controls. */
import { useState } from 'preact/hooks';
import { describe } from '../../../src/present/describe.js';
import { makerText } from '../../../src/present/words.js';
import { errorText, refusedIn, typeName, useApp } from '../context.js';
import type { CommandBody, Device } from '../model.js';
import { Joined } from './bidi.js';
import { ControlView } from './controls.js';
import { chartedOf, HistoryCharts } from './history-chart.js';

export function DeviceCard({ device: d }: { device: Device }) {
  const { t, api, state, dispatch } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [history, setHistory] = useState(false);
  const desc = describe(d, t, refusedIn(state.home));
  const idBase = `dev-${d.id}`;

  const run = async (body: CommandBody) => {
    setBusy(true);
    setError(null);
    try {
      await api.command(d.id, body);
      // The event stream brings the change; without it, read the device again.
      if (state.live !== 'open') dispatch({ type: 'device', device: await api.device(d.id) });
    } catch (err) {
      setError(t('device.failed', { message: errorText(t, err) }));
    } finally {
      setBusy(false);
    }
  };

  const maker = [d.vendor, d.model].filter((x): x is string => Boolean(x)).map((x) => makerText(t, x));
  const classes = [
    'card',
    d.online ? 'online' : 'offline',
    desc.on === true ? 'is-on' : '',
    busy ? 'busy' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article class={classes} aria-labelledby={`${idBase}-name`} data-device={d.id} aria-busy={busy}>
      <header class="card-head">
        <h4 id={`${idBase}-name`} dir="auto">
          {d.name}
        </h4>
        <span class={d.online ? 'badge badge-online' : 'badge badge-offline'}>
          {t(d.online ? 'device.online' : 'device.offline')}
        </span>
      </header>
      <p class="card-meta" title={t('device.connection', { connection: d.connection })}>
        <span>{typeName(t, d.deviceType)}</span>
        {maker.length > 0 ? (
          <span data-maker>
            <Joined items={maker} />
          </span>
        ) : null}
      </p>
      <p class="facts" data-facts>
        {desc.facts.length > 0 ? <Joined items={desc.facts} /> : t('device.noState')}
      </p>
      {desc.alerts.map((a) => (
        <p key={a} class="alert">
          {a}
        </p>
      ))}
      {desc.controls.length > 0 ? (
        <div class="controls">
          {desc.controls.map((c) => (
            <ControlView
              key={c.key}
              control={c}
              idBase={idBase}
              disabled={!d.online || busy}
              run={(b) => void run(b)}
            />
          ))}
        </div>
      ) : null}
      {chartedOf(d).length > 0 ? (
        <button
          type="button"
          class="history-toggle"
          aria-expanded={history}
          data-history-toggle={d.id}
          onClick={() => setHistory(!history)}
        >
          {t(history ? 'history.close' : 'history.open')}
        </button>
      ) : null}
      {history ? <HistoryCharts device={d} /> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}

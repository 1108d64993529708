/**
 * Routines: the list (enable/disable, run now, last runs) and a form that creates one without
 * JSON: when (a time of day, a device event, or nothing: a scene) and what (a device command, or an
 * announcement on a speaker).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { actionText, type RoutineNames, triggerText } from '../../../src/present/routines.js';
import { request } from '../api.js';
import { errorText, timeText, useApp } from '../context.js';

interface Routine {
  id: string;
  name: string;
  enabled: boolean;
  triggers: Array<Record<string, unknown> & { type: string }>;
  actions: Array<Record<string, unknown> & { type: string }>;
  createdBy: string;
}
interface Run {
  runId: string;
  at: number;
  outcome: string;
  trigger: { kind: string };
  actions: Array<{ status: string; device?: string; command?: string }>;
}

/** Commands the form offers, by the cluster a device has. */
const COMMANDS: Array<[string, string]> = [
  ['OnOff', 'On'],
  ['OnOff', 'Off'],
  ['DoorLock', 'LockDoor'],
  ['WindowCovering', 'UpOrOpen'],
  ['WindowCovering', 'DownOrClose'],
  ['ValveConfigurationAndControl', 'Close'],
  ['OperationalState', 'Start'],
  ['OperationalState', 'Stop'],
];
const EVENTS = ['opened', 'closed', 'cycleFinished', 'cycleStarted'];

export function RoutinesView() {
  const { t, lang, api, state } = useApp();
  const base = `/api/v1/homes/${encodeURIComponent(api.home)}/routines`;
  const [list, setList] = useState<Routine[] | null>(null);
  const [runs, setRuns] = useState<Record<string, Run[]>>({});
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    request<Routine[]>(api.token, 'GET', base).then(setList, (e) => setError(errorText(t, e)));
  }, [api, base, t]);
  useEffect(load, [load]);

  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(t, e));
    }
    load();
  };
  const showRuns = (id: string) =>
    act(async () => {
      const r = await request<Run[]>(api.token, 'GET', `${base}/${encodeURIComponent(id)}/runs`);
      setRuns((m) => ({ ...m, [id]: r }));
    });
  const devices = Object.values(state.devices);
  const names: RoutineNames = {
    device: (id) => state.devices[id]?.name ?? id,
    routine: (id) => list?.find((r) => r.id === id)?.name ?? id,
  };
  const when = (r: Routine) =>
    r.triggers.length === 0
      ? t('routines.scene')
      : r.triggers.map((x) => triggerText(t, x, names)).join(', ');
  const what = (r: Routine) => r.actions.map((a) => actionText(t, a, names)).join(', ');

  return (
    <section class="routines" aria-labelledby="routines-title">
      <h2 id="routines-title">{t('routines.title')}</h2>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {list === null ? (
        <p class="muted">{t('routines.loading')}</p>
      ) : list.length === 0 ? (
        <p class="muted">{t('routines.none')}</p>
      ) : (
        <ul class="routine-list">
          {list.map((r) => (
            <li key={r.id} data-routine={r.id}>
              <label>
                <input
                  type="checkbox"
                  checked={r.enabled}
                  onChange={() =>
                    act(() =>
                      request(api.token, 'PATCH', `${base}/${encodeURIComponent(r.id)}`, {
                        enabled: !r.enabled,
                      }),
                    )
                  }
                />{' '}
                <strong>{r.name}</strong>
              </label>
              <div class="muted" data-routine-summary>
                {when(r)} → {what(r)}
              </div>
              <button
                type="button"
                onClick={() =>
                  act(async () => {
                    await request(api.token, 'POST', `${base}/${encodeURIComponent(r.id)}/run`);
                    await showRuns(r.id);
                  })
                }
              >
                {t('routines.runNow')}
              </button>{' '}
              <button type="button" class="ghost" onClick={() => showRuns(r.id)}>
                {t('routines.lastRuns')}
              </button>
              {runs[r.id] && (
                <ol class="runs" data-runs={r.id}>
                  {runs[r.id]?.length === 0 && <li class="muted">{t('routines.noRuns')}</li>}
                  {runs[r.id]?.map((x) => (
                    <li key={x.runId} data-outcome={x.outcome}>
                      <time dateTime={new Date(x.at).toISOString()}>
                        {timeText(lang, state.home, x.at, true)}
                      </time>{' '}
                      · {t(`routines.outcome.${x.outcome}` as never)}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ul>
      )}
      <CreateForm
        devices={devices.map((d) => ({ id: d.id, name: d.name, clusters: clustersOf(d) }))}
        onCreate={(body) => act(() => request(api.token, 'POST', base, body))}
      />
    </section>
  );
}

function clustersOf(d: { endpoints?: Array<{ clusters: Record<string, unknown> }> }): string[] {
  return [...new Set((d.endpoints ?? []).flatMap((e) => Object.keys(e.clusters)))];
}

function CreateForm(p: {
  devices: Array<{ id: string; name: string; clusters: string[] }>;
  onCreate: (body: unknown) => Promise<void>;
}) {
  const { t } = useApp();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'time' | 'event' | 'scene'>('time');
  const [at, setAt] = useState('07:00');
  const [evDevice, setEvDevice] = useState('');
  const [event, setEvent] = useState('opened');
  const [device, setDevice] = useState('');
  const [command, setCommand] = useState('');
  const offered = (id: string) =>
    COMMANDS.filter(([c]) => p.devices.find((d) => d.id === id)?.clusters.includes(c));
  const submit = async (e: Event) => {
    e.preventDefault();
    const [cluster, cmd] = (command || '').split('.');
    const triggers =
      kind === 'time'
        ? [{ type: 'time', at }]
        : kind === 'event'
          ? [{ type: 'event', device: evDevice, event }]
          : [];
    await p.onCreate({
      name,
      triggers,
      actions: [{ type: 'command', device, cluster, command: cmd, args: {} }],
    });
    setName('');
  };
  return (
    <form class="routine-form" onSubmit={submit} aria-labelledby="routine-new">
      <h3 id="routine-new">{t('routines.new')}</h3>
      <label>
        {t('routines.name')}
        <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        {t('routines.when')}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as 'time')}>
          <option value="time">{t('routines.kind.time')}</option>
          <option value="event">{t('routines.kind.event')}</option>
          <option value="scene">{t('routines.scene')}</option>
        </select>
      </label>
      {kind === 'time' && (
        <label>
          {t('routines.at')}
          <input type="time" required value={at} onInput={(e) => setAt(e.currentTarget.value)} />
        </label>
      )}
      {kind === 'event' && (
        <>
          <label>
            {t('routines.eventDevice')}
            <select required value={evDevice} onChange={(e) => setEvDevice(e.currentTarget.value)}>
              <option value="" />
              {p.devices.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('routines.event')}
            <select value={event} onChange={(e) => setEvent(e.currentTarget.value)}>
              {EVENTS.map((x) => (
                <option key={x} value={x}>
                  {t(`routines.event.${x}` as never)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label>
        {t('routines.device')}
        <select
          required
          value={device}
          onChange={(e) => {
            setDevice(e.currentTarget.value);
            const first = offered(e.currentTarget.value)[0];
            setCommand(first ? `${first[0]}.${first[1]}` : '');
          }}
        >
          <option value="" />
          {p.devices
            .filter((d) => offered(d.id).length > 0)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('routines.command')}
        <select required value={command} onChange={(e) => setCommand(e.currentTarget.value)}>
          {offered(device).map(([c, x]) => (
            <option key={`${c}.${x}`} value={`${c}.${x}`}>
              {t(`routines.cmd.${x}` as never)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('routines.create')}</button>
    </form>
  );
}

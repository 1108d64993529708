/** The live log of turns, commands and state changes, filterable by device and assistant. */
import { useState } from 'preact/hooks';
import { maybe, type Translate } from '../../../src/present/i18n.js';
import { commandText, patchesText } from '../../../src/present/words.js';
import { codeText, deviceName, originText, timeText, useApp } from '../context.js';
import { type Activity, filterActivity } from '../state.js';

/** A spoken PIN must not be shown again: texts that are only a few digits are masked. */
const masked = (text: string) => text.replace(/“\s*\d{4,8}\s*”/g, '“••••”');

/** What happened, in words: the command, the attributes that changed, or what was said. */
function whatText(t: Translate, a: Activity) {
  if (a.kind === 'connection') return '';
  if (a.patches) return <bdi>{patchesText(t, a.patches)}</bdi>;
  if (a.command) return <span title={a.text}>{commandText(t, a.command.cluster, a.command.command)}</span>;
  const [said, reply] = masked(a.text).split(' → ', 2);
  return (
    <>
      <bdi>{said}</bdi>
      {reply !== undefined ? (
        <>
          {' → '}
          <bdi>{reply}</bdi>
        </>
      ) : null}
    </>
  );
}

function outcomeText(t: Translate, a: Activity): string {
  // A state change is news from the device, not an attempt: it happened.
  if (a.kind === 'state') return t('outcome.changed');
  if (a.kind === 'command') {
    const base = t(a.outcome === 'success' ? 'outcome.success' : 'outcome.error');
    return a.errorCode ? `${base} (${codeText(t, a.errorCode)})` : base;
  }
  if (a.kind === 'online') return t(a.outcome === 'online' ? 'device.online' : 'device.offline');
  if (a.kind === 'connection') return maybe(t, `connection.${a.outcome}`, a.outcome);
  return maybe(t, `decision.${a.outcome}`, a.outcome);
}

export function ActivityView() {
  const { t, lang, state } = useApp();
  const [device, setDevice] = useState('');
  const [assistant, setAssistant] = useState('');
  const rows = filterActivity(state.activity, device, assistant);
  return (
    <section class="activity" aria-labelledby="activity-title">
      <div class="view-head">
        <h2 id="activity-title">{t('activity.title')}</h2>
        <div class="row filters">
          <label class="field">
            <span>{t('activity.device')}</span>
            <select name="device" value={device} onChange={(e) => setDevice(e.currentTarget.value)}>
              <option value="">{t('activity.all')}</option>
              {state.order.map((id) => (
                <option key={id} value={id}>
                  {deviceName(state, id)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('activity.assistant')}</span>
            <select name="assistant" value={assistant} onChange={(e) => setAssistant(e.currentTarget.value)}>
              <option value="">{t('activity.all')}</option>
              {state.home.assistants.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {rows.length === 0 ? (
        <p class="muted">{t('activity.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="log">
            <thead>
              <tr>
                <th scope="col">{t('activity.time')}</th>
                <th scope="col">{t('activity.kind')}</th>
                <th scope="col">{t('activity.origin')}</th>
                <th scope="col">{t('activity.device')}</th>
                <th scope="col">{t('activity.what')}</th>
                <th scope="col">{t('activity.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, 200).map((a) => (
                <tr
                  key={a.key}
                  class={`kind-${a.kind} outcome-${a.outcome}`}
                  data-kind={a.kind}
                  data-device={a.device ?? ''}
                >
                  <td>
                    <time dateTime={new Date(a.at).toISOString()}>{timeText(lang, state.home, a.at)}</time>
                  </td>
                  <td>{t(`kind.${a.kind}`)}</td>
                  <td>{originText(t, state, a.origin, a.satellite, a.device)}</td>
                  <td dir="auto">
                    {a.device ? deviceName(state, a.device) : a.kind === 'connection' ? a.text : ''}
                  </td>
                  <td class="what">{whatText(t, a)}</td>
                  <td>{outcomeText(t, a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

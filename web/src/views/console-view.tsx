/**
 * The assistant console: pick a satellite (starts on `console`), type what it hears, and see the
 * turn — who answered, what was understood, each action and its outcome, the reply, and a
 * follow-up field when the hub asks for a PIN or a choice.
 */
import { useId, useState } from 'preact/hooks';
import type { Translate } from '../../../src/present/i18n.js';
import { commandText, intentText, slotText } from '../../../src/present/words.js';
import { assistantName, codeText, deviceName, errorText, satelliteName, useApp } from '../context.js';
import type { TurnResult } from '../model.js';
import type { State } from '../state.js';
import { Filled } from './bidi.js';

interface ConsoleTurn {
  key: number;
  text: string;
  satellite: string;
  assistant: string;
  followUp: boolean;
  /** A PIN: never shown again. */
  secret: boolean;
  result: TurnResult | null;
  error: string | null;
  answered: boolean;
}

let nextKey = 1;

export function ConsoleView() {
  const { t, api, state } = useApp();
  const home = state.home;
  const initial = home.satellites.some((s) => s.id === 'console')
    ? 'console'
    : (home.satellites[0]?.id ?? 'console');
  const [satellite, setSatellite] = useState(initial);
  const [assistant, setAssistant] = useState('');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [turns, setTurns] = useState<ConsoleTurn[]>([]);

  const carried = home.satellites.find((s) => s.id === satellite)?.assistants ?? [];

  const send = async (
    said: string,
    opts: {
      conversationId?: string;
      satellite?: string;
      assistant?: string;
      followUpOf?: number;
      secret?: boolean;
    } = {},
  ) => {
    const sat = opts.satellite ?? satellite;
    const asst = opts.assistant ?? assistant;
    const key = nextKey++;
    const turn: ConsoleTurn = {
      key,
      text: said,
      satellite: sat,
      assistant: asst,
      followUp: opts.followUpOf !== undefined,
      secret: opts.secret ?? false,
      result: null,
      error: null,
      answered: false,
    };
    setTurns((ts) =>
      [turn, ...ts.map((x) => (x.key === opts.followUpOf ? { ...x, answered: true } : x))].slice(0, 50),
    );
    setSending(true);
    try {
      const result = await api.turn({
        text: said,
        satellite: sat,
        ...(asst ? { assistant: asst } : {}),
        ...(opts.conversationId ? { conversationId: opts.conversationId } : {}),
      });
      setTurns((ts) => ts.map((x) => (x.key === key ? { ...x, result } : x)));
    } catch (err) {
      setTurns((ts) =>
        ts.map((x) =>
          x.key === key ? { ...x, error: t('console.error', { message: errorText(t, err) }) } : x,
        ),
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <section class="console" aria-labelledby="console-title">
      <h2 id="console-title">{t('console.title')}</h2>
      <p class="muted small">{t('console.lead')}</p>
      <form
        class="console-form"
        onSubmit={(e) => {
          e.preventDefault();
          const said = text.trim();
          if (!said || sending) return;
          setText('');
          void send(said);
        }}
      >
        <div class="row">
          <label class="field">
            <span>{t('console.satellite')}</span>
            <select
              name="satellite"
              value={satellite}
              onChange={(e) => {
                setSatellite(e.currentTarget.value);
                setAssistant('');
              }}
            >
              {home.satellites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('console.assistant')}</span>
            <select name="assistant" value={assistant} onChange={(e) => setAssistant(e.currentTarget.value)}>
              <option value="">{t('console.assistantAuto')}</option>
              {carried.map((a) => (
                <option key={a} value={a}>
                  {assistantName(home, a)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label class="label" for="console-text">
          {t('console.text')}
        </label>
        <div class="row send-row">
          <input
            id="console-text"
            name="text"
            type="text"
            class="grow"
            autocomplete="off"
            maxLength={2000}
            placeholder={t('console.placeholder')}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" class="primary" disabled={sending || text.trim() === ''}>
            {sending ? t('console.sending') : t('console.send')}
          </button>
        </div>
      </form>
      <div class="turns" role="log" aria-live="polite" aria-label={t('console.title')}>
        {turns.length === 0 ? <p class="muted">{t('console.empty')}</p> : null}
        {turns.map((turn, i) => (
          <TurnView
            key={turn.key}
            turn={turn}
            latest={i === 0}
            onFollowUp={(said, secret) => {
              if (!turn.result) return;
              void send(said, {
                conversationId: turn.result.conversationId,
                satellite: turn.satellite,
                assistant: turn.assistant,
                followUpOf: turn.key,
                secret,
              });
            }}
          />
        ))}
      </div>
    </section>
  );
}

function TurnView({
  turn,
  latest,
  onFollowUp,
}: {
  turn: ConsoleTurn;
  latest: boolean;
  onFollowUp: (text: string, secret: boolean) => void;
}) {
  const { t, state } = useApp();
  const home = state.home;
  const r = turn.result;
  return (
    <article class="turn" data-turn={turn.key} aria-busy={!r && !turn.error}>
      <p class="said">
        <q>
          <bdi>{turn.secret ? '••••' : turn.text}</bdi>
        </q>{' '}
        <span class="muted small">
          <Filled template={t('console.you')} vars={{ satellite: satelliteName(home, turn.satellite) }} />
        </span>
      </p>
      {turn.error ? (
        <p class="error" role="alert">
          {turn.error}
        </p>
      ) : null}
      {r ? (
        <dl class="turn-details">
          <dt>{t('console.assistant')}</dt>
          <dd class="answered-by" data-assistant={r.assistant ?? ''}>
            {r.assistant ? (
              <Filled
                template={t('console.answeredBy')}
                vars={{ assistant: assistantName(home, r.assistant) }}
              />
            ) : (
              t('console.noAssistant')
            )}
          </dd>
          <dt>{t('console.understood')}</dt>
          <dd class="intents">
            {r.understood ? (
              r.intents && r.intents.length > 0 ? (
                <ul>
                  {r.intents.map((it, i) => (
                    <li key={`${it.intent}-${i}`} data-intent={it.intent} title={it.intent}>
                      <span class="intent">{intentText(t, it.intent)}</span> {slotsText(t, state, it.slots)}
                    </li>
                  ))}
                </ul>
              ) : (
                <span class="understood-plain">{understoodWithoutIntents(t, state, r)}</span>
              )
            ) : (
              t('console.notUnderstood')
            )}
          </dd>
          <dt>{t('console.actions')}</dt>
          <dd class="actions">
            {r.actions.length === 0 ? (
              t('console.noActions')
            ) : (
              <ul>
                {r.actions.map((a, i) => (
                  <li key={`${a.deviceId}-${i}`} class={a.status === 'success' ? 'ok' : 'bad'}>
                    <bdi>{deviceName(state, a.deviceId)}</bdi> ·{' '}
                    <span class="command" title={[a.cluster, a.command].filter(Boolean).join('.')}>
                      {commandText(t, a.cluster, a.command)}
                    </span>{' '}
                    <strong>{t(a.status === 'success' ? 'outcome.success' : 'outcome.error')}</strong>
                    {a.error ? ` (${codeText(t, a.error.code)})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {r.response.text ? (
            <>
              <dt>{t('console.reply')}</dt>
              <dd class="reply" dir="auto">
                {r.response.text}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {r?.needsInput && latest && !turn.answered ? (
        <FollowUp kind={r.needsInput.kind} options={r.needsInput.options ?? []} onSend={onFollowUp} />
      ) : null}
    </article>
  );
}

/**
 * What a turn that names no intent understood: the commands it took ("거실 TV · 재생"), the
 * question it asked back, else that it understood.
 */
function understoodWithoutIntents(t: Translate, state: State, r: TurnResult): string {
  if (r.actions.length > 0)
    return r.actions
      .map(
        (a) =>
          `${commandText(t, a.cluster, a.command)} (${slotText(t, 'device')}: ${deviceName(state, a.deviceId)})`,
      )
      .join(', ');
  if (r.needsInput?.kind === 'choice') return t('console.askedWhich');
  return t('console.understoodNoIntent');
}

/** Slot values as people read them: slot names in words, device and area ids as their names. */
function slotsText(t: Translate, state: State, slots: Record<string, unknown>): string {
  const name = (v: unknown): string => {
    if (typeof v !== 'string') return Array.isArray(v) ? v.map(name).join(', ') : JSON.stringify(v);
    return state.devices[v]?.name ?? state.home.areas.find((a) => a.id === v)?.name ?? v;
  };
  const parts = Object.entries(slots).map(([k, v]) => `${slotText(t, k)}: ${name(v)}`);
  return parts.length > 0 ? `(${parts.join('; ')})` : '';
}

function FollowUp({
  kind,
  options,
  onSend,
}: {
  kind: 'pin' | 'choice';
  options: Array<{ id: string; label: string }>;
  onSend: (text: string, secret: boolean) => void;
}) {
  const { t } = useApp();
  const [value, setValue] = useState('');
  const id = useId();
  return (
    <form
      class="follow-up"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSend(value.trim(), kind === 'pin');
      }}
    >
      {kind === 'choice' && options.length > 0 ? (
        <fieldset class="choices">
          <legend>{t('console.choice')}</legend>
          {options.map((o) => (
            <button key={o.id} type="button" class="action" onClick={() => onSend(o.label, false)}>
              {o.label}
            </button>
          ))}
        </fieldset>
      ) : null}
      <div class="row send-row">
        <label class="field grow" for={id}>
          <span>{kind === 'pin' ? t('console.pin') : t('console.followUp')}</span>
          {kind === 'pin' ? (
            <input
              id={id}
              type="password"
              inputMode="numeric"
              autocomplete="off"
              value={value}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          ) : (
            <input
              id={id}
              type="text"
              autocomplete="off"
              value={value}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          )}
        </label>
        <button type="submit" class="primary" disabled={value.trim() === ''}>
          {kind === 'pin' ? t('console.pinSubmit') : t('console.send')}
        </button>
      </div>
    </form>
  );
}

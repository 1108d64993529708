/** One control of a device card, rendered from its description (describe.ts). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Control } from '../../../src/present/describe.js';
import { useApp } from '../context.js';
import type { CommandBody } from '../model.js';

interface Props {
  control: Control;
  disabled: boolean;
  run: (body: CommandBody) => void;
  idBase: string;
}

export function ControlView({ control: c, disabled, run, idBase }: Props) {
  const { t } = useApp();
  const id = `${idBase}-${c.key}`;
  switch (c.kind) {
    case 'toggle':
      return (
        <button
          type="button"
          class="switch"
          role="switch"
          aria-checked={c.on}
          disabled={disabled}
          onClick={() => run(c.body(!c.on))}
        >
          <span class="switch-track" aria-hidden="true">
            <span class="switch-knob" />
          </span>
          <span>{c.label}</span>
        </button>
      );
    case 'stepper': {
      const down = c.value - c.step;
      const up = c.value + c.step;
      return (
        <fieldset class="stepper" disabled={disabled}>
          <legend>{c.label}</legend>
          <button
            type="button"
            aria-label={t('control.lower', { what: c.label })}
            disabled={down < c.min}
            onClick={() => run(c.body(down))}
          >
            −
          </button>
          <output aria-live="polite">{c.format(c.value)}</output>
          <button
            type="button"
            aria-label={t('control.raise', { what: c.label })}
            disabled={up > c.max}
            onClick={() => run(c.body(up))}
          >
            +
          </button>
        </fieldset>
      );
    }
    case 'slider':
      return <Slider control={c} id={id} disabled={disabled} run={run} />;
    case 'select':
      return (
        <label class="select" for={id}>
          <span>{c.label}</span>
          <select
            id={id}
            disabled={disabled}
            value={c.value}
            onChange={(e) => run(c.body(e.currentTarget.value))}
          >
            {c.options.some((o) => o.value === c.value) ? null : <option value={c.value}>–</option>}
            {c.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      );
    case 'action':
      return c.confirm ? (
        <Confirmed
          label={c.label}
          question={c.confirm}
          danger={c.danger ?? false}
          disabled={disabled}
          onConfirm={() => run(c.body)}
        />
      ) : (
        <button type="button" class="action" disabled={disabled} onClick={() => run(c.body)}>
          {c.label}
        </button>
      );
  }
}

function Slider({
  control: c,
  id,
  disabled,
  run,
}: {
  control: Extract<Control, { kind: 'slider' }>;
  id: string;
  disabled: boolean;
  run: Props['run'];
}) {
  const [local, setLocal] = useState<number | null>(null);
  const shown = local ?? c.value;
  useEffect(() => setLocal(null), [c.value]);
  return (
    <label class="slider" for={id}>
      <span>
        {c.label} <output>{c.format(shown)}</output>
      </span>
      <input
        id={id}
        type="range"
        min={c.min}
        max={c.max}
        step={1}
        value={shown}
        aria-valuetext={c.format(shown)}
        disabled={disabled}
        onInput={(e) => setLocal(Number(e.currentTarget.value))}
        onChange={(e) => run(c.body(Number(e.currentTarget.value)))}
      />
    </label>
  );
}

/** A button that asks first ("현관문을 열까요?") and acts only on the second, explicit choice. */
function Confirmed(p: {
  label: string;
  question: string;
  danger: boolean;
  disabled: boolean;
  onConfirm: () => void;
}) {
  const { t } = useApp();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        class={p.danger ? 'action danger' : 'action'}
        disabled={p.disabled}
        onClick={() => setAsking(true)}
      >
        {p.label}
      </button>
    );
  }
  return (
    <fieldset
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <legend>{p.question}</legend>
      <button
        ref={confirmRef}
        type="button"
        class={p.danger ? 'action danger' : 'action primary'}
        disabled={p.disabled}
        onClick={() => {
          setAsking(false);
          p.onConfirm();
        }}
      >
        {t('control.confirm')} · {p.label}
      </button>
      <button type="button" class="action" onClick={() => setAsking(false)}>
        {t('control.cancel')}
      </button>
    </fieldset>
  );
}

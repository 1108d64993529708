/**
 * A device's history as small line charts (the hub's telemetry history, last 24 hours in 5-minute
 * steps): compartment temperatures, room temperature and setpoint, CO₂, PM2.5, a washer's state.
 * Inline SVG, no chart library.
 */
import { useEffect, useState } from 'preact/hooks';
import { endpointName } from '../../../src/present/describe.js';
import { valueText } from '../../../src/present/words.js';
import { useApp } from '../context.js';
import type { Device } from '../model.js';

/** The attributes worth a chart, and how a value reads (Matter units → people's). */
const CHARTED: Array<{ attribute: string; unit: string; scale: number; words?: boolean }> = [
  { attribute: 'TemperatureMeasurement.MeasuredValue', unit: '°C', scale: 0.01 },
  { attribute: 'Thermostat.LocalTemperature', unit: '°C', scale: 0.01 },
  { attribute: 'Thermostat.OccupiedHeatingSetpoint', unit: '°C', scale: 0.01 },
  { attribute: 'TemperatureControl.TemperatureSetpoint', unit: '°C', scale: 0.01 },
  { attribute: 'CarbonDioxideConcentrationMeasurement.MeasuredValue', unit: 'ppm', scale: 1 },
  { attribute: 'Pm25ConcentrationMeasurement.MeasuredValue', unit: 'µg/m³', scale: 1 },
  { attribute: 'RelativeHumidityMeasurement.MeasuredValue', unit: '%', scale: 0.01 },
  { attribute: 'OperationalState.OperationalState', unit: '', scale: 1, words: true },
];

interface Line {
  key: string;
  label: string;
  /** A value as people read it: "4°C", or an enumerated state's word ("동작 중"). */
  format: (v: number) => string;
  /** Enumerated states show the last one only (a range of states means nothing). */
  words: boolean;
  points: Array<{ at: number; value: number }>;
}

const W = 240;
const H = 60;

/** The charted attributes a device has. */
export function chartedOf(d: Device): typeof CHARTED {
  const clusters = new Set(d.endpoints.flatMap((e) => Object.keys(e.clusters)));
  return CHARTED.filter((c) => clusters.has(c.attribute.split('.')[0] as string));
}

function Chart({ line }: { line: Line }) {
  const xs = line.points.map((p) => p.at);
  const ys = line.points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const px = (x: number) => (x1 === x0 ? W / 2 : ((x - x0) / (x1 - x0)) * W);
  const py = (y: number) => (y1 === y0 ? H / 2 : H - ((y - y0) / (y1 - y0)) * (H - 4) - 2);
  const path = line.points.map((p) => `${px(p.at).toFixed(1)},${py(p.value).toFixed(1)}`).join(' ');
  const last = ys.at(-1) as number;
  const fmt = line.format;
  return (
    <figure class="history-chart" data-series={line.key}>
      <figcaption dir="auto">
        {line.label} <strong>{fmt(last)}</strong>
        {line.words ? null : ` (${fmt(y0)}–${fmt(y1)})`}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={line.label}>
        <polyline points={path} fill="none" stroke="currentColor" stroke-width="1.5" />
      </svg>
    </figure>
  );
}

export function HistoryCharts({ device: d }: { device: Device }) {
  const { t, api } = useApp();
  const [lines, setLines] = useState<Line[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const to = Date.now();
    const from = new Date(to - 24 * 3600_000).toISOString();
    Promise.all(
      chartedOf(d).map(async (c) => {
        const h = await api.history(d.id, c.attribute, from, '5m');
        const [cluster = '', attr = ''] = c.attribute.split('.');
        return h.series.map((s) => {
          const ep = d.endpoints.find((e) => e.id === s.endpoint);
          // The endpoint's name when it has one ("냉장실"), never its id.
          const where = ep ? endpointName(ep, t) : null;
          return {
            key: `${s.endpoint}/${c.attribute}`,
            label: [where, t(`history.${c.attribute}` as never)].filter(Boolean).join(' '),
            words: c.words === true,
            format: c.words
              ? (v: number) => valueText(t, cluster, attr, Math.round(v))
              : (v: number) => `${Math.round(v * 10) / 10}${c.unit}`,
            points: s.points.map((p) => ({ at: p.at, value: p.value * c.scale })),
          };
        });
      }),
    )
      .then((all) => live && setLines(all.flat().filter((l) => l.points.length > 0)))
      .catch((err) => live && setError(String(err)));
    return () => {
      live = false;
    };
  }, [d.id, t]);
  if (error) return <p class="error">{t('history.failed')}</p>;
  if (!lines) return <p class="history-loading">{t('history.loading')}</p>;
  if (lines.length === 0) return <p class="history-empty">{t('history.empty')}</p>;
  return (
    <div class="history" data-history={d.id}>
      {lines.map((l) => (
        <Chart key={l.key} line={l} />
      ))}
    </div>
  );
}

/** Short state summaries of devices for the terminal. */
import type { DeviceDescription, Endpoint } from '../model/types.js';

const c = (v: unknown) => (typeof v === 'number' ? `${(v / 100).toFixed(v % 100 === 0 ? 0 : 1)}°C` : '?');

function endpointSummary(e: Endpoint): string[] {
  const out: string[] = [];
  const cl = e.clusters;
  const label = e.name ?? (e.tags[0] === 'Refrigerator' ? '냉장실' : e.tags[0] === 'Freezer' ? '냉동실' : '');
  if (cl.OnOff && !e.deviceTypes.includes('Speaker')) out.push(cl.OnOff.OnOff ? 'on' : 'off');
  if (cl.TemperatureControl)
    out.push(`${label ? `${label} ` : ''}${c(cl.TemperatureControl.TemperatureSetpoint)}`);
  if (cl.Thermostat) {
    const t = cl.Thermostat;
    const sp = t.OccupiedCoolingSetpoint ?? t.OccupiedHeatingSetpoint;
    out.push(`mode ${String(t.SystemMode)} set ${c(sp)} now ${c(t.LocalTemperature)}`);
  }
  if (cl.TemperatureMeasurement && !cl.TemperatureControl)
    out.push(c(cl.TemperatureMeasurement.MeasuredValue));
  if (cl.RelativeHumidityMeasurement)
    out.push(`${Number(cl.RelativeHumidityMeasurement.MeasuredValue) / 100}%`);
  if (cl.CarbonDioxideConcentrationMeasurement)
    out.push(`CO2 ${String(cl.CarbonDioxideConcentrationMeasurement.MeasuredValue)}ppm`);
  if (cl.Pm25ConcentrationMeasurement)
    out.push(`PM2.5 ${String(cl.Pm25ConcentrationMeasurement.MeasuredValue)}`);
  if (cl.FanControl) out.push(`fan ${String(cl.FanControl.FanMode)}`);
  if (cl.Channel) {
    const ch = cl.Channel.CurrentChannel as { MajorNumber?: number; Name?: string } | null;
    if (ch) out.push(`ch ${ch.MajorNumber} ${ch.Name ?? ''}`.trim());
  }
  if (cl.LevelControl) {
    const lvl = cl.LevelControl.CurrentLevel;
    out.push(
      e.deviceTypes.includes('Speaker')
        ? `vol ${String(lvl)}${cl.OnOff?.OnOff === false ? ' (muted)' : ''}`
        : `level ${String(lvl)}`,
    );
  }
  if (cl.ColorControl) out.push(`${String(cl.ColorControl.ColorTemperatureMireds)} mired`);
  if (cl.MediaPlayback)
    out.push(['playing', 'paused', 'stopped'][Number(cl.MediaPlayback.CurrentState)] ?? '?');
  if (cl.OperationalState)
    out.push(
      `state ${String(cl.OperationalState.OperationalState)} ${String(cl.OperationalState.CountdownTime)}s`,
    );
  if (cl.RvcRunMode) out.push(cl.RvcRunMode.CurrentMode === 1 ? 'cleaning' : 'idle');
  if (cl.PowerSource) out.push(`battery ${Number(cl.PowerSource.BatPercentRemaining) / 2}%`);
  if (cl.DoorLock) out.push(cl.DoorLock.LockState === 1 ? 'locked' : 'unlocked');
  if (cl.ValveConfigurationAndControl)
    out.push(cl.ValveConfigurationAndControl.CurrentState === 1 ? 'open' : 'closed');
  if (cl.WindowCovering)
    out.push(`closed ${Number(cl.WindowCovering.CurrentPositionLiftPercent100ths) / 100}%`);
  return out;
}

export const summary = (d: DeviceDescription): string => d.endpoints.flatMap(endpointSummary).join(' · ');

/** A plain text table; width counts Hangul as two columns. */
export function table(rows: string[][]): string {
  const width = (s: string) =>
    [...s].reduce((n, ch) => n + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 2 : 1), 0);
  const cols = Math.max(...rows.map((r) => r.length));
  const w = Array.from({ length: cols }, (_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows
    .map((r) =>
      r.map((cell, i) => (i === cols - 1 ? cell : cell + ' '.repeat((w[i] ?? 0) - width(cell)))).join('  '),
    )
    .join('\n');
}

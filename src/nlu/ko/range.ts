/** Whether a temperature fits a device's own range: a cabinet's, or a thermostat's setpoint limits. */
import type { DeviceDescription, Endpoint } from '../../model/types.js';
import { attr, cabinets, epWith, num } from './device.js';

/** The value (°C) is within the cabinet's range. */
export function cabinetFits(c: Endpoint, deg: number): boolean {
  const lo = num(attr(c, 'TemperatureControl', 'MinTemperature'));
  const hi = num(attr(c, 'TemperatureControl', 'MaxTemperature'));
  return lo !== null && hi !== null && deg * 100 >= lo && deg * 100 <= hi;
}

/** The device can be set to the value (°C): one of its cabinets, or its heating or cooling limits. */
export function temperatureFits(d: DeviceDescription, deg: number): boolean {
  const cabs = cabinets(d);
  if (cabs.length) return cabs.some((c) => cabinetFits(c, deg));
  const th = epWith(d, 'Thermostat');
  if (!th) return false;
  const v = deg * 100;
  let limited = false;
  for (const side of ['Heat', 'Cool']) {
    const lo = num(attr(th, 'Thermostat', `Min${side}SetpointLimit`));
    const hi = num(attr(th, 'Thermostat', `Max${side}SetpointLimit`));
    if (lo === null || hi === null) continue;
    limited = true;
    if (v >= lo && v <= hi) return true;
  }
  return !limited;
}

/**
 * After SmartThings accepted a command, what it writes is the device's new state for the commands
 * whose effect is a plain attribute write (SmartThings answers a command with `ACCEPTED` only, so
 * without this every command cost a second round trip to read the status back; Home Assistant's
 * SmartThings integration updates its state the same way). The adapter still reads the status
 * back in the background and reports any difference as a state change.
 *
 * Returns null when any command is not a plain write, or the last status has no place for it:
 * the caller then reads the status back before answering, as before.
 */
import type { StCommand, StDeviceStatus } from './client.js';

/** capability.command → the attribute it sets, and to what ('arg0': the first argument). */
const WRITES: Record<string, { attribute: string; value: unknown }> = {
  'switch.on': { attribute: 'switch', value: 'on' },
  'switch.off': { attribute: 'switch', value: 'off' },
  'audioMute.mute': { attribute: 'mute', value: 'muted' },
  'audioMute.unmute': { attribute: 'mute', value: 'unmuted' },
  'audioMute.setMute': { attribute: 'mute', value: 'arg0' },
  'audioVolume.setVolume': { attribute: 'volume', value: 'arg0' },
  'switchLevel.setLevel': { attribute: 'level', value: 'arg0' },
  'temperatureSetpoint.setTemperatureSetpoint': { attribute: 'temperatureSetpoint', value: 'arg0' },
  'thermostatCoolingSetpoint.setCoolingSetpoint': { attribute: 'coolingSetpoint', value: 'arg0' },
  'thermostatHeatingSetpoint.setHeatingSetpoint': { attribute: 'heatingSetpoint', value: 'arg0' },
};

export function predictStatus(status: StDeviceStatus, cmds: StCommand[]): StDeviceStatus | null {
  if (cmds.length === 0) return null;
  const next: StDeviceStatus = { components: { ...status.components } };
  for (const cmd of cmds) {
    const write = WRITES[`${cmd.capability}.${cmd.command}`];
    const comp = next.components[cmd.component];
    const cap = comp?.[cmd.capability];
    const attr = cap?.[write?.attribute ?? ''];
    if (!write || !comp || !cap || !attr) return null;
    const value = write.value === 'arg0' ? cmd.arguments?.[0] : write.value;
    if (value === undefined) return null;
    // Copy on write: the component and capability are copied, the rest is shared with `status`.
    next.components[cmd.component] = {
      ...comp,
      [cmd.capability]: { ...cap, [write.attribute]: { ...attr, value } },
    };
  }
  return next;
}

/**
 * Google smart-home error codes (cloud-to-cloud "Errors and exceptions") → the hub's errors.
 * One table; anything not listed is the vendor's failure.
 */
import { HubError, OfflineError, OutOfRangeError, RequestError, VendorError } from '../../model/errors.js';

type Make = (message: string, details: Record<string, unknown>) => HubError;

const offline: Make = (m, d) => new OfflineError(m, d);
const range: Make = (m, d) => new OutOfRangeError(m, d);
const unsupported: Make = (m, d) => new RequestError('unsupported-command', 400, m, d);
const conflict: Make = (m, d) => new HubError('conflict', 409, m, d);

export const GOOGLE_ERRORS: Record<string, Make> = {
  deviceOffline: offline,
  offline: offline,
  transientError: offline,
  valueOutOfRange: range,
  noAvailableChannel: range,
  volumeAlreadyMax: range,
  volumeAlreadyMin: range,
  rangeTooClose: range,
  functionNotSupported: unsupported,
  notSupported: unsupported,
  actionNotAvailable: unsupported,
  commandInsertFailed: unsupported,
  deviceTurnedOff: conflict,
  inHeatOrCool: conflict,
  alreadyInState: conflict,
};

/** Maps a Google `errorCode` (or the `OFFLINE` status) to a HubError carrying the vendor's code. */
export function hubErrorFor(
  errorCode: string | undefined,
  message: string,
  details: Record<string, unknown> = {},
): HubError {
  const code = errorCode ?? 'unknownError';
  const make = GOOGLE_ERRORS[code] ?? ((m: string, d: Record<string, unknown>) => new VendorError(m, d));
  return make(message, { ...details, vendorCode: code });
}

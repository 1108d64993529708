/**
 * The hub's error tree. The class says who must act; the code is stable and kebab-case;
 * the HTTP status is the one a surface should use. Surfaces map errors to replies in one place.
 */
export type ErrorCode =
  | 'invalid-request'
  | 'unauthorized'
  | 'not-allowed'
  | 'unknown-home'
  | 'unknown-device'
  | 'unknown-endpoint'
  | 'unknown-cluster'
  | 'unknown-command'
  | 'unsupported-command'
  | 'value-out-of-range'
  | 'read-only'
  | 'conflict'
  | 'pin-required'
  | 'pin-invalid'
  | 'pin-not-set'
  | 'unknown-conversation'
  | 'unknown-routine'
  | 'unknown-finding'
  | 'forbidden'
  | 'too-many-requests'
  | 'device-offline'
  | 'vendor-error'
  | 'not-supported-yet'
  | 'invalid-envelope'
  | 'storage-unavailable'
  | 'storage-corrupt'
  | 'internal';

/**
 * Every code with the HTTP status surfaces use and what it means (docs/api.md lists this table).
 * Where a Matter status says the same, it is named.
 */
export const ERROR_CODES = {
  'invalid-request': [
    400,
    'the request is malformed: an unknown field, a wrong type, a missing required field, a string or list of the wrong length',
  ],
  unauthorized: [401, 'no token, or not a valid one'],
  'not-allowed': [403, "the principal's grants do not allow this"],
  'unknown-home': [404, 'no such home'],
  'unknown-device': [404, 'no such device in this home'],
  'unknown-endpoint': [400, 'the device has no such endpoint'],
  'unknown-cluster': [400, 'the endpoint has no such cluster'],
  'unknown-command': [
    400,
    'the Matter specification defines no such command for the cluster (or it is a response the device sends)',
  ],
  'unsupported-command': [
    400,
    'the specification defines the command but this device cannot carry it out (Matter UNSUPPORTED_COMMAND)',
  ],
  'value-out-of-range': [
    422,
    'a well-formed value the device does not accept: min/max, an enum or bitmap value, a step, a mode or channel it lacks (Matter CONSTRAINT_ERROR)',
  ],
  'read-only': [
    400,
    'the attribute cannot be written here: read-only, or fabric-scoped (written only by a Matter fabric)',
  ],
  conflict: [
    409,
    "not possible in the device's current state (Matter INVALID_IN_STATE), or a reused Idempotency-Key with another body",
  ],
  'pin-required': [403, 'the action needs the household PIN'],
  'pin-invalid': [403, 'the PIN given is wrong, or voice PINs are blocked after too many wrong ones'],
  'pin-not-set': [403, 'the action needs a PIN but the household has none'],
  'unknown-conversation': [404, 'no open conversation with that id on that satellite'],
  'unknown-routine': [404, 'no such routine in this home'],
  'unknown-finding': [404, 'no such care finding in this home'],
  forbidden: [403, 'the home never allows this action through the hub, whoever asks'],
  'too-many-requests': [429, 'over the rate limit; try again later'],
  'device-offline': [503, 'the device or its vendor does not answer'],
  'vendor-error': [502, "the vendor answered with a failure that is not the caller's fault"],
  'not-supported-yet': [503, "the home's connection is of a kind this hub cannot run yet"],
  'invalid-envelope': [400, 'a malformed Open Floor envelope'],
  'storage-unavailable': [503, 'the store cannot be reached; try again later'],
  'storage-corrupt': [503, 'the database is damaged; the hub leaves it untouched'],
  internal: [500, 'a bug or a broken environment on our side'],
} as const satisfies Record<ErrorCode, readonly [number, string]>;

export interface ErrorDetails {
  [key: string]: unknown;
}

export class HubError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetails | undefined;
  constructor(code: ErrorCode, status: number, message: string, details?: ErrorDetails) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/** The caller sent something wrong: fix the request. */
export class RequestError extends HubError {}

/** The value is outside what the device accepts. */
export class OutOfRangeError extends HubError {
  constructor(message: string, details?: ErrorDetails) {
    super('value-out-of-range', 422, message, details);
  }
}

/** Try again later: the device or its vendor does not answer. */
export class OfflineError extends HubError {
  constructor(message: string, details?: ErrorDetails) {
    super('device-offline', 503, message, details);
  }
}

/** The vendor answered with a failure that is not the caller's fault. */
export class VendorError extends HubError {
  constructor(message: string, details?: ErrorDetails) {
    super('vendor-error', 502, message, details);
  }
}

/** The principal may not do this. */
export class AccessError extends HubError {}

/** A bug or broken environment on our side. */
export class InternalError extends HubError {
  constructor(message: string, details?: ErrorDetails) {
    super('internal', 500, message, details);
  }
}

export const invalidRequest = (message: string, details?: ErrorDetails): RequestError =>
  new RequestError('invalid-request', 400, message, details);

export const unknownDevice = (id: string): RequestError =>
  new RequestError('unknown-device', 404, `no device '${id}' in this home`, { device: id });

export const isHubError = (err: unknown): err is HubError => err instanceof HubError;

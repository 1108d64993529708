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

/** SmartThings-style error replies: `{requestId, error: {code, message, details[]}}`. */

export interface StErrorDetail {
  code: string;
  target?: string;
  message: string;
  details: StErrorDetail[];
}

export class SimError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: StErrorDetail[];
  constructor(status: number, code: string, message: string, details: StErrorDetail[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string): SimError => new SimError(404, 'NotFoundError', `${what} not found`);

/** 422: a command argument breaks the capability's schema or the device's range. */
export const constraintViolation = (target: string, message: string, code = 'NotValidValue'): SimError =>
  new SimError(422, 'ConstraintViolationError', 'The request is malformed.', [
    { code, target, message, details: [] },
  ]);

/** What SmartThings answers to a command for a device that is not connected. */
export const invalidDeviceState = (): SimError => new SimError(409, 'ConflictError', 'invalid device state');

export const unauthorized = (): SimError =>
  new SimError(401, 'UnauthorizedError', 'Authentication required: a valid bearer token is needed.');

export const badRequest = (message: string): SimError => new SimError(400, 'BadRequestError', message);

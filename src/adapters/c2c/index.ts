/** Cloud-to-cloud fulfillment connection (`adapter: c2c`). */
import type { AdapterFactory } from '../types.js';
import { C2cAdapter } from './adapter.js';

export const createC2cAdapter: AdapterFactory = (ctx) => new C2cAdapter(ctx);
export { C2cAdapter } from './adapter.js';

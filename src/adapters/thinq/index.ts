/** The `thinq` connection: LG ThinQ Connect REST client and its mapping to the Matter model. */
import type { AdapterFactory } from '../types.js';
import { ThinqAdapter } from './adapter.js';

export { ThinqAdapter } from './adapter.js';
export { ThinqApiError, ThinqClient, type ThinqClientOptions, ThinqNetworkError } from './client.js';

export const createThinqAdapter: AdapterFactory = (ctx) => new ThinqAdapter(ctx);

/** LG ThinQ Connect-style cloud simulator. See README.md in this folder. */
import type { SimulatorFactory } from '../types.js';
import { ThinqSimulator } from './server.js';

export { LG_ERRORS, LgError } from './lg.js';
export { SUPPORTED_TYPES, ThinqSimulator, type ThinqSimulatorSettings } from './server.js';

/** Starts a simulator seeded with `opts.devices`; the handle is a ThinqSimulator (restartable). */
export const startThinqSimulator: SimulatorFactory = async (opts) => {
  const sim = new ThinqSimulator(opts);
  await sim.start();
  return sim;
};

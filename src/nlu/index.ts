import { seedUnderstander } from './seed.js';
import type { Understander } from './types.js';

/** The Korean engine when it is built in, else the spine's stand-in for the seed sentences. */
export async function koreanUnderstanderOrSeed(): Promise<Understander> {
  try {
    const mod = (await import('./ko/index.js')) as { koreanUnderstander?: Understander };
    if (mod.koreanUnderstander) return mod.koreanUnderstander;
  } catch {
    // The Korean engine is not present in this build.
  }
  return seedUnderstander;
}

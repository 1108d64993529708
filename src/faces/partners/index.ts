/**
 * The assistants' own platforms as faces of the hub, each one module: Google Smart Home
 * fulfillment, the SmartThings Schema connector, the Clova Home extension and the NUGU smart-home
 * backend proxy. Each acts as the OAuth client that was linked through the hub's OAuth server, and
 * so as that client's assistant (`clients add … --assistant ID`), through the gate.
 */
import type { Face } from '../types.js';
import { type ClovaFaceOptions, clovaFace, clovaFromEnv } from './clova/index.js';
import { type GoogleFaceOptions, googleFace, homegraphFromEnv } from './google/index.js';
import { nuguFace } from './nugu/index.js';
import { type SmartThingsFaceOptions, smartthingsFace, smartthingsFromEnv } from './smartthings/index.js';

export interface PartnerSettings {
  google?: GoogleFaceOptions;
  smartthings?: SmartThingsFaceOptions;
  clova?: ClovaFaceOptions;
}

/** The partner faces, with settings from `serve` or, when absent, the environment. */
export function partnerFaces(settings: PartnerSettings = {}, env: NodeJS.ProcessEnv = process.env): Face[] {
  const homegraph = settings.google?.homegraph ?? homegraphFromEnv(env);
  const callbackClient = settings.smartthings?.callbackClient ?? smartthingsFromEnv(env);
  return [
    googleFace(homegraph ? { homegraph } : {}),
    smartthingsFace(callbackClient ? { callbackClient } : {}),
    clovaFace(settings.clova ?? clovaFromEnv(env)),
    nuguFace(),
  ];
}

/**
 * The faces `serve` switches on, from its settings. The REST API, conversation turns and Open Floor
 * are always on; the MQTT export when a broker is given. Later faces (Matter, Wyoming, partner
 * platforms) are added here, each one module of the shape in types.ts.
 */
import type { RouteGroup } from '../server/app.js';
import { type CareFaceOptions, careFace } from './care/index.js';
import { conversationFace } from './conversation.js';
import { type MatterOptions, matterFace } from './matter/index.js';
import { type MqttExportOptions, mqttExportFace } from './mqtt-export.js';
import type { FloorOptions } from './openfloor/floor.js';
import { openFloorFace } from './openfloor/index.js';
import { type PartnerSettings, partnerFaces } from './partners/index.js';
import { restFace } from './rest.js';
import type { Face } from './types.js';
import { type VoiceSatellitesOptions, voiceSatellitesFace } from './wyoming/satellites.js';
import { type WyomingServiceOptions, wyomingServiceFace } from './wyoming/service.js';

export type { Face } from './types.js';
export { startFaces } from './types.js';

export interface FaceSettings {
  /** `serve --mqtt-export URL`: publish every device as Home Assistant MQTT discovery. */
  mqttExport?: MqttExportOptions;
  openFloor?: FloorOptions;
  /** `serve --wyoming PORT`: the hub as a Wyoming service (handle + tts) for Home Assistant. */
  wyoming?: WyomingServiceOptions;
  /** The home files' Wyoming satellites (always on; tests shorten the reconnect backoff). */
  voiceSatellites?: VoiceSatellitesOptions;
  /** Telemetry history, care findings and clean air (always on; these tune it). */
  care?: CareFaceOptions;
  /** The partner platforms' faces (Google, SmartThings, Clova, NUGU); always on. */
  partners?: PartnerSettings;
  /** `serve --matter PORT`: each home a Matter bridge (UDP PORT, PORT+1, …). */
  matter?: MatterOptions;
}

/** The faces these settings switch on. */
export function facesFor(settings: FaceSettings = {}): Face[] {
  return [
    restFace,
    conversationFace,
    openFloorFace(settings.openFloor),
    ...(settings.mqttExport ? [mqttExportFace(settings.mqttExport)] : []),
    ...(settings.wyoming ? [wyomingServiceFace(settings.wyoming)] : []),
    voiceSatellitesFace(settings.voiceSatellites),
    careFace(settings.care),
    ...partnerFaces(settings.partners),
    ...(settings.matter ? [matterFace(settings.matter)] : []),
  ];
}

/** The HTTP routes of faces, for the API server. */
export const routesOf = (faces: Face[]): RouteGroup[] => faces.flatMap((f) => (f.routes ? [f.routes] : []));

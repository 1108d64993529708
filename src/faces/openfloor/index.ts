/** The Open Floor face (Open Floor 1.1 and legacy OVON 0.9.x): the hub as floor manager of each home. */
import type { Face } from '../types.js';
import type { FloorOptions } from './floor.js';
import { openFloorRoutes } from './routes.js';

export function openFloorFace(opts: FloorOptions = {}): Face {
  return { name: 'openfloor', routes: openFloorRoutes(opts) };
}

/**
 * Route groups that are not faces: account linking (OAuth) and the dashboard. `serve` registers
 * them beside the faces' routes; tests may register a subset.
 */
import type { RouteGroup } from './app.js';

export interface GroupOptions {
  /** The OAuth issuer identifier (`serve --issuer`); default YEONDONG_ISSUER, else the listen URL. */
  issuer?: string;
}

export const ROUTE_GROUPS: Array<(o?: GroupOptions) => Promise<RouteGroup>> = [
  async (o = {}) => (await import('./routes/oauth.js')).oauthRouteGroup(o.issuer ? { issuer: o.issuer } : {}),
  async () => (await import('./routes/web.js')).webRoutes,
  async () => (await import('./routes/matter-devices.js')).matterDeviceRoutes,
];

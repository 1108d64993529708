/**
 * Route groups that are not faces: account linking (OAuth) and the dashboard. `serve` registers
 * them beside the faces' routes; tests may register a subset.
 */
import type { RouteGroup } from './app.js';

export const ROUTE_GROUPS: Array<() => Promise<RouteGroup>> = [
  async () => (await import('./routes/oauth.js')).oauthRouteGroup(),
  async () => (await import('./routes/web.js')).webRoutes,
];

/**
 * Route groups beyond the core API, each owned by its part (Open Floor, OAuth, dashboard).
 * `serve` registers all of them; tests may register a subset.
 */
import type { RouteGroup } from './app.js';

export const ROUTE_GROUPS: Array<() => Promise<RouteGroup>> = [
  async () => (await import('./routes/oauth.js')).oauthRouteGroup(),
  async () => (await import('./routes/web.js')).webRoutes,
  async () => (await import('./routes/openfloor.js')).openFloorGroup,
];

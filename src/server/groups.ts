/**
 * Route groups beyond the core API, each owned by its part (Open Floor, OAuth, dashboard).
 * `serve` registers all of them; tests may register a subset.
 */
import type { RouteGroup } from './app.js';

export interface GroupOptions {
  /** The OAuth issuer identifier (`serve --issuer`); default YEONDONG_ISSUER, else the listen URL. */
  issuer?: string;
}

export const ROUTE_GROUPS: Array<(o?: GroupOptions) => Promise<RouteGroup>> = [
  async (o = {}) => (await import('./routes/oauth.js')).oauthRouteGroup(o.issuer ? { issuer: o.issuer } : {}),
  async () => (await import('./routes/web.js')).webRoutes,
  async () => (await import('./routes/openfloor.js')).openFloorGroup,
];

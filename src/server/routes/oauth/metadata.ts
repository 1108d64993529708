/** Authorization server metadata (RFC 8414). */
import type { FastifyInstance } from 'fastify';
import { SCOPES } from '../../../hub/oauth/clients.js';
import { issuerOf, type OAuthRouteOptions } from './answers.js';

export function metadataRoute(app: FastifyInstance, opts: OAuthRouteOptions): void {
  app.get('/.well-known/oauth-authorization-server', async (req) => {
    const iss = issuerOf(req, opts);
    return {
      issuer: iss,
      authorization_endpoint: `${iss}/oauth/authorize`,
      token_endpoint: `${iss}/oauth/token`,
      revocation_endpoint: `${iss}/oauth/revoke`,
      introspection_endpoint: `${iss}/oauth/introspect`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: [...SCOPES],
      authorization_response_iss_parameter_supported: true,
    };
  });
}

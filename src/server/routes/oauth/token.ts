/** The token endpoint: authorization_code with code_verifier, or refresh_token (rotated). */
import type { FastifyInstance } from 'fastify';
import type { AuthorizationServer } from '../../../hub/oauth/server.js';
import { clientOf } from './client-auth.js';
import { formEndpoint } from './form.js';

export function tokenRoute(app: FastifyInstance, as: AuthorizationServer): void {
  formEndpoint(
    app,
    '/oauth/token',
    'OAuth 2.0 token endpoint (form encoded): authorization_code with code_verifier, or refresh_token (rotated)',
    async (req, body) => as.token(await clientOf(as, req, body), body),
  );
}

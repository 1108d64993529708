/** Builds the OpenAPI 3.1 description from the routes' own schemas, so it never drifts. */
import type { FastifyInstance, RouteOptions } from 'fastify';

interface Op {
  method: string;
  url: string;
  schema: Record<string, unknown> | undefined;
}

export function collectRoutes(app: FastifyInstance): Op[] {
  const ops: Op[] = [];
  app.addHook('onRoute', (r: RouteOptions) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) {
      if (
        m === 'HEAD' ||
        (!r.url.startsWith('/api/') && !r.url.startsWith('/oauth/') && !r.url.startsWith('/partners/'))
      )
        continue;
      ops.push({
        method: m.toLowerCase(),
        url: r.url,
        schema: r.schema as Record<string, unknown> | undefined,
      });
    }
  });
  return ops;
}

export function openApi(ops: Op[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const path = op.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const s = op.schema ?? {};
    const params = s.params as { properties?: Record<string, unknown> } | undefined;
    const query = s.querystring as { properties?: Record<string, unknown> } | undefined;
    const parameters = [
      ...Object.entries(params?.properties ?? {}).map(([name, schema]) => ({
        name,
        in: 'path',
        required: true,
        schema,
      })),
      ...Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: false,
        schema,
      })),
    ];
    const responses: Record<string, unknown> = {};
    for (const [code, schema] of Object.entries((s.response as Record<string, unknown>) ?? { 200: {} })) {
      responses[code.replace('xx', 'XX')] = {
        description: code,
        content: { 'application/json': { schema } },
      };
    }
    if (Object.keys(responses).length === 0) responses['200'] = { description: 'OK' };
    paths[path] = {
      ...(paths[path] ?? {}),
      [op.method]: {
        summary: s.summary ?? '',
        ...(s.description ? { description: s.description } : {}),
        parameters,
        ...(s.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: s.body } } } }
          : {}),
        responses,
        ...(op.url.startsWith('/api/v1/homes') ? { security: [{ bearer: [] }] } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Yeondong hub API', version: '1', description: 'Errors are {error: {code, message}}.' },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}

declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
  }
}

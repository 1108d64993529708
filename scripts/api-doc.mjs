// Writes the API reference from the code: docs/openapi.json is the OpenAPI 3.1 document the hub
// serves at /api/v1/openapi.json (built from the routes' own schemas), docs/api.md the same as a
// page people read. Runs on the build (npm run build first):
//   node scripts/api-doc.mjs           write both files
//   node scripts/api-doc.mjs --check   exit 1 if the committed files are not what the code says
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist', 'src', p));
const { parseHomeFile } = await dist('home/load.js');
const { Hub } = await dist('hub/hub.js');
const { buildApp } = await dist('server/app.js');
const { ROUTE_GROUPS } = await dist('server/groups.js');
const { facesFor, routesOf, startFaces } = await dist('faces/index.js');
const { silentLogger } = await dist('util/log.js');
const { ERROR_CODES } = await dist('model/errors.js');

/**
 * The OpenAPI document of a hub with the routes `yeondong serve` registers (its faces' and the
 * other route groups), on an empty home in a scratch folder.
 */
async function openApiDocument() {
  const dataDir = mkdtempSync(join(tmpdir(), 'yd-api-doc-'));
  const home = parseHomeFile('version: 1\nhome: { id: doc, name: doc }\n', 'api-doc');
  const hub = new Hub({ homes: [home], dataDir, log: silentLogger });
  try {
    await hub.start();
    const faces = facesFor({});
    const stopFaces = await startFaces(hub, faces);
    const groups = await Promise.all(ROUTE_GROUPS.map((g) => g()));
    const app = await buildApp(hub, [...routesOf(faces), ...groups]);
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    await app.close();
    await stopFaces();
    if (res.statusCode !== 200) throw new Error(`openapi.json answered ${res.statusCode}`);
    return JSON.parse(res.body);
  } finally {
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

/** A JSON schema in a few words: `string`, `integer 1–3650`, `{a, b?}`, `[string]`, `'x' | 'y'`. */
function brief(schema, depth = 0) {
  if (!schema || typeof schema !== 'object') return 'any';
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts) return alts.map((s) => brief(s, depth)).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array') return `[${brief(schema.items, depth)}]`;
  if (type === 'object' || schema.properties) {
    const props = Object.keys(schema.properties ?? {});
    if (props.length === 0 || depth > 0) return 'object';
    const req = new Set(schema.required ?? []);
    return `{${props.map((p) => `${p}${req.has(p) ? '' : '?'}`).join(', ')}}`;
  }
  const range =
    schema.minimum !== undefined || schema.maximum !== undefined
      ? ` ${schema.minimum ?? ''}–${schema.maximum ?? ''}`
      : schema.maxLength !== undefined
        ? ` (≤ ${schema.maxLength} chars)`
        : '';
  return `${type ?? 'any'}${range}`;
}

function fields(schema) {
  const props = schema?.properties ?? {};
  const req = new Set(schema?.required ?? []);
  return Object.entries(props).map(
    ([name, s]) =>
      `| \`${name}\` | ${req.has(name) ? 'yes' : ''} | ${cell(brief(s))} | ${cell(s.description)} |`,
  );
}

function markdown(doc) {
  const out = [
    '# The HTTP API',
    '',
    '<!-- Written by scripts/api-doc.mjs from the routes\u2019 own schemas; do not edit by hand:',
    '     npm run build && node scripts/api-doc.mjs (test/docs/api-doc.test.ts checks it is current). -->',
    '',
    `${doc.info.title}, OpenAPI ${doc.openapi}: the same document is served at \`GET /api/v1/openapi.json\``,
    'and committed as [openapi.json](openapi.json). Routes under `/api/v1/homes` take',
    '`Authorization: Bearer <token>`. Errors under `/api/v1` are `{"error": {"code", "message"}}` with a',
    'stable kebab-case `code`; the OAuth routes answer errors as RFC 6749 says. The outside contract',
    '(what other programs may rely on) is summarised in the README; everything below is what the code',
    'does today.',
    '',
    '| error code | status | meaning |',
    '|---|---|---|',
    ...Object.entries(ERROR_CODES).map(
      ([code, [status, meaning]]) => `| \`${code}\` | ${status} | ${cell(meaning)} |`,
    ),
    '',
    '| method | path | what |',
    '|---|---|---|',
  ];
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  for (const { path, method, op } of ops)
    out.push(`| ${method} | [\`${path}\`](#${anchor(method, path)}) | ${cell(op.summary)} |`);
  for (const { path, method, op } of ops) {
    out.push('', `## ${method} ${path}`, '', op.summary || '');
    if (op.description) out.push('', op.description);
    if (op.security) out.push('', 'Needs a bearer token.');
    if (op.parameters?.length) {
      out.push('', '| parameter | in | type |', '|---|---|---|');
      for (const p of op.parameters) out.push(`| \`${p.name}\` | ${p.in} | ${cell(brief(p.schema))} |`);
    }
    const body = op.requestBody?.content?.['application/json']?.schema;
    if (body) {
      const rows = fields(body);
      out.push('', `Body: ${cell(brief(body))}`);
      if (rows.length) out.push('', '| field | required | type | meaning |', '|---|---|---|---|', ...rows);
    }
    const answers = Object.entries(op.responses ?? {}).map(([code, r]) => {
      const schema = r.content?.['application/json']?.schema;
      const shape = schema && Object.keys(schema).length > 0 ? ` ${cell(brief(schema))}` : '';
      return `\`${code}\`${code.startsWith('2') ? shape : ''}`;
    });
    if (answers.length) out.push('', `Answers: ${answers.join('; ')}.`);
  }
  return `${out.join('\n')}\n`;
}

const anchor = (method, path) =>
  `${method} ${path}`
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

const doc = await openApiDocument();
const files = {
  [join(root, 'docs', 'openapi.json')]: `${JSON.stringify(doc, null, 2)}\n`,
  [join(root, 'docs', 'api.md')]: markdown(doc),
};
if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([f, text]) => {
    try {
      return readFileSync(f, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [f] of stale) console.error(`${f} is not what the code says: run node scripts/api-doc.mjs`);
  process.exit(stale.length > 0 ? 1 : 0);
}
for (const [f, text] of Object.entries(files)) writeFileSync(f, text);
console.log(`wrote ${Object.keys(files).join(', ')}`);

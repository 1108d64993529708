/**
 * docs/api.md and docs/openapi.json are what the code says: scripts/api-doc.mjs, run on the build
 * (npm run build first), writes them from the OpenAPI document the hub serves, and --check
 * compares the committed files with it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('the API reference in docs/', () => {
  it('is current with the routes', () => {
    const r = spawnSync(process.execPath, ['scripts/api-doc.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('lists the contract routes', () => {
    const md = readFileSync(resolve(root, 'docs/api.md'), 'utf8');
    for (const route of [
      'GET /api/v1/homes/{home}/devices',
      'POST /api/v1/homes/{home}/devices/{id}/commands',
      'POST /api/v1/homes/{home}/conversation',
      'POST /api/v1/homes/{home}/openfloor',
      'GET /api/v1/homes/{home}/audit',
    ])
      expect(md).toContain(`## ${route}\n`);
  });
});

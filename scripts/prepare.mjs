// `npm ci` / `npm install` (and `npx yeondong`, which installs the project into npx's cache by a
// link) run this: build the TypeScript and the dashboard unless dist/ is already newer than every
// source file, so repeated `npx yeondong …` calls start at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'dist', '.built');

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(
  newest(join(root, 'src')),
  newest(join(root, 'bench')),
  newest(join(root, 'web')),
  statSync(join(root, 'package.json')).mtimeMs,
);
if (existsSync(marker) && statSync(marker).mtimeMs >= sources) process.exit(0);
const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);

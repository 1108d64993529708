#!/usr/bin/env node
import { statSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the hub's modules on disk between starts (in
// NODE_COMPILE_CACHE, else the OS temp folder); Node 20 has no such cache and skips this.
module.enableCompileCache?.();

// The hub bundled by `npm run build` (scripts/bundle.mjs: a few files instead of ~275 modules),
// unless it is missing or older than the last TypeScript build, or YEONDONG_BUNDLE=0 (then the
// per-file dist/src/).
const mtime = (path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return null;
  }
};
const bundled = mtime('../dist/bundle/.bundled');
const compiled = mtime('../dist/.tsbuildinfo');
const useBundle = process.env.YEONDONG_BUNDLE !== '0' && bundled !== null && (compiled === null || bundled >= compiled);
const { main } = await import(useBundle ? '../dist/bundle/main.js' : '../dist/src/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    if (typeof code === 'number') process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);

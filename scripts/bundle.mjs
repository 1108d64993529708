// Bundles the compiled CLI (dist/src/cli/main.js) into dist/bundle/ with esbuild, for
// bin/yeondong.js: loading ~275 ES modules one by one was about a third of a warm `serve` start.
// `import()`s stay lazy (each becomes its own chunk, loaded when it runs); dist/src/ stays as it
// is for the tests. Packages with native code, or that a default hub never loads, stay in
// node_modules. Run by `npm run build` after tsc.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');

rmSync(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'dist/src/cli/main.js',
    // Started by home/load-async.ts (a chunk) as new URL('./yaml-worker.js', import.meta.url).
    'chunks/yaml-worker': 'dist/src/home/yaml-worker.js',
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  external: [
    // native code, found by path at run time
    'better-sqlite3',
    '@napi-rs/whisper',
    // large and loaded only when a home or a flag asks for them
    '@matter/*',
    '@project-chip/*',
    'pg',
    'nats',
    'mqtt',
    'aedes',
    'playwright-core',
  ],
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __ydRequire } from 'node:module'; const require = __ydRequire(import.meta.url);",
  },
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
// Read by bin/yeondong.js: a bundle older than the last tsc build is not used.
writeFileSync(join(out, '.bundled'), new Date().toISOString());

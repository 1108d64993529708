#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the hub's ~275 modules on disk between starts (in
// NODE_COMPILE_CACHE, else the OS temp folder); Node 20 has no such cache and skips this.
module.enableCompileCache?.();
const { main } = await import('../dist/src/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    if (typeof code === 'number') process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);

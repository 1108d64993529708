/**
 * Builds the dashboard into dist/web (served by src/server/routes/web.ts). The output has no
 * inline script or style, so a strict Content-Security-Policy (script-src 'self') holds.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [preact({ prerender: { enabled: false } })],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The polyfill would be an inline script; every supported browser has modulepreload.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into CSS or JS.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev:web` proxies the API to a hub started with `yeondong serve --port 7070`.
    proxy: { '/api': { target: 'http://127.0.0.1:7070', ws: true } },
  },
});

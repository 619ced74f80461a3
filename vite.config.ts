// Builds the D3 client (client/) into dist/client, which the server serves at /. In dev (`npx vite`)
// /graphql is proxied to the API server (KG_API, default http://localhost:4000).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { startRequestUrls } from './client/src/api/start-requests.ts';

const root = fileURLToPath(new URL('./client/', import.meta.url));

/**
 * Preloads the timeline's first requests from index.html: the server answers them while the bundle downloads and
 * evaluates, instead of after (client/src/api/start-requests.ts). crossorigin="anonymous" is what a same-origin
 * fetch() sends (credentials same-origin), so the browser hands the preloaded answer to the client's fetch.
 */
function preloadStartRequests(): Plugin {
  return {
    name: 'kg-preload-start-requests',
    transformIndexHtml: () =>
      startRequestUrls().map((href) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href },
        injectTo: 'head' as const,
      })),
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [preloadStartRequests()],
  build: {
    outDir: fileURLToPath(new URL('./dist/client/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': { target: process.env.KG_API ?? 'http://localhost:4000', changeOrigin: true } },
  },
});

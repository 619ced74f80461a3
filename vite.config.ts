// Builds the D3 client (client/) into dist/client, which the server serves at /. In dev (`npx vite`)
// /graphql is proxied to the API server (KG_API, default http://localhost:4000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./client/', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
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

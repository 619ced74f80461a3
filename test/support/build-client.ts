// Builds the real client into a fresh temporary folder for browser tests, so a test run never empties
// dist/client under a server someone else is running.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export interface BuiltClient {
  dir: string;
  remove(): void;
}

export async function buildClient(): Promise<BuiltClient> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-client-'));
  await build({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false },
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

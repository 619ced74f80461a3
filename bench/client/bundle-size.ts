// The production bundle's size: every script and stylesheet vite wrote, raw and gzipped.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from '../stats.ts';
import type { BundleFigures } from './client-result.ts';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]),
    ),
  );
  return nested.flat();
}

export async function bundleSize(clientDir: string): Promise<BundleFigures> {
  const files = (await filesUnder(clientDir)).filter((f) => /\.(m?js|css|html)$/.test(f)).sort();
  const sized = await Promise.all(
    files.map(async (f) => {
      const bytes = await readFile(f);
      return {
        file: path.relative(clientDir, f),
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    }),
  );
  return {
    files: sized,
    rawKb: round(sized.reduce((n, f) => n + f.bytes, 0) / 1024),
    gzipKb: round(sized.reduce((n, f) => n + f.gzipBytes, 0) / 1024),
  };
}

// Starts the HTTP load generator (http-load-child.ts) in a child process and reads back its summary.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { LatencySummary } from './latency-summary.ts';

const CHILD = fileURLToPath(new URL('./http-load-child.ts', import.meta.url));

export async function runHttpLoad(
  url: string,
  body: string,
  connections: number,
  durationS: number,
  get?: { headers: Record<string, string>; expectStatus: number },
  /** Each POST a distinct request (http-load-child.ts): what an answer cache cannot answer. */
  distinct = false,
): Promise<LatencySummary> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      CHILD,
      JSON.stringify({ url, body, connections, durationS, distinct, ...(get ? { method: 'GET', ...get } : {}) }),
    ],
    {
      maxBuffer: 16 * 1024 * 1024,
      timeout: (durationS + 600) * 1000,
    },
  );
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as LatencySummary;
}

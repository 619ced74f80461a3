// Ports for test servers on 127.0.0.1: Neo4j's (fixed, from the environment, or any free one) and waiting for one
// to be released by a server that is still stopping.
import { createServer } from 'node:net';

export const DEFAULT_PORT = 7699;
/** How long a start waits for its fixed port to be released. */
export const PORT_WAIT_MS = 10_000;

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

export async function waitForPortFree(port: number, until: number): Promise<void> {
  for (;;) {
    if (await canListen(port)) return;
    if (Date.now() >= until) {
      throw new Error(
        `cannot start Neo4j: port 127.0.0.1:${String(port)} is already in use (another Neo4j still running?)`,
      );
    }
    await sleep(200);
  }
}

/** A currently free TCP port on 127.0.0.1 (there is an unavoidable small race until it is bound). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function resolvePort(port: number | undefined): number {
  if (port !== undefined) return port;
  const env = process.env['NEO4J_TEST_PORT'];
  if (env !== undefined && env.trim() !== '') {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`invalid NEO4J_TEST_PORT=${env}`);
    return n;
  }
  return DEFAULT_PORT;
}

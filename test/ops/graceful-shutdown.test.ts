// closeServer in-process: requests in flight finish, idle keep-alive connections close, new connections are
// refused, and whatever is still running at the deadline is cut off.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadArticles } from '../../server/article/load-articles.ts';
import { Drain } from '../../server/http/drain.ts';
import { closeServer } from '../../server/http/graceful-shutdown.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { holdRequest } from './support/held-request.ts';

const ACTORS = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function listen(drain: Drain): Promise<string> {
  const app = buildApp({ store: new MemoryStore(await loadArticles()), logger: pino({ level: 'silent' }), drain });
  server = createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('closeServer', () => {
  it('lets requests in flight finish, closes idle keep-alive connections, and refuses new connections', async () => {
    const drain = new Drain();
    const url = await listen(drain);
    // An idle keep-alive connection must not hold shutdown up until its timeout.
    const warm = await fetch(`${url}/health`);
    expect(warm.headers.get('connection')).toBe('keep-alive');
    const held = [holdRequest(url, ACTORS), holdRequest(url, ACTORS), holdRequest(url, ACTORS)];
    await Promise.all(held.map((h) => h.accepted));

    const closing = closeServer(server!, { deadlineMs: 5000, drain });
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    for (const h of held) h.release();
    const responses = await Promise.all(held.map((h) => h.response));
    for (const r of responses) {
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body)).toEqual({ data: { actors: { totalCount: 11 } } });
      // Told not to reuse the connection: it is closing.
      expect(r.headers.connection).toBe('close');
    }
    expect(await closing).toBe('graceful');
  });

  it('cuts off a request still running at the deadline', async () => {
    const drain = new Drain();
    const url = await listen(drain);
    const stuck = holdRequest(url, ACTORS);
    await stuck.accepted;
    const outcome = await closeServer(server!, { deadlineMs: 200, drain });
    expect(outcome).toBe('forced');
    await expect(stuck.response).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});

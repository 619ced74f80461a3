// Runs the real app on the embedded store (seed articles) on a free loopback port, for HTTP and browser tests.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { GraphStore } from '../../server/store/store.ts';

export interface RunningApp {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

export async function startApp(options: Partial<AppOptions> = {}): Promise<RunningApp> {
  const store = options.store ?? new MemoryStore(await loadArticles());
  const app = buildApp({ logger: pino({ level: 'silent' }), ...options, store });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

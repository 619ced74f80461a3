// Runs the real app on the embedded store (seed articles) on a free loopback port, for HTTP and browser tests.
import { pino } from 'pino';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { listenLocal } from './listen-local.ts';

export interface RunningApp {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

export async function startApp(options: Partial<AppOptions> = {}): Promise<RunningApp> {
  const store = options.store ?? new MemoryStore(await loadArticles());
  const { origin, close } = await listenLocal(buildApp({ logger: pino({ level: 'silent' }), ...options, store }));
  return { url: origin, store, close };
}

// Apps on the given stores with no answer cache, started before and closed after the file's tests: the answer cache
// would read the graph version and answer repeated documents without reaching the resolvers a test counts.
import { afterAll, beforeAll } from 'vitest';
import type { GraphStore } from '../../server/store/store.ts';
import { startApp, type RunningApp } from './start-app.ts';

/** One running app per store, in order, filled in before the first test. */
export function uncachedApps(...stores: GraphStore[]): RunningApp[] {
  const apps: RunningApp[] = [];
  beforeAll(async () => {
    apps.push(...(await Promise.all(stores.map((store) => startApp({ store, answerCacheBytes: 0 })))));
  });
  afterAll(() => Promise.all(apps.map((a) => a.close())));
  return apps;
}

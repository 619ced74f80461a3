// One page helper for the browser tests: the real client built once, the app serving it, Debian's chromium and a
// context (browser.ts), torn down after the file. Pages opened through it record uncaught errors, and every test
// ends by checking there were none.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AppOptions } from '../../server/app.ts';
import { launchBrowser, newContext, openApp } from './browser.ts';
import { buildClient, type BuiltClient } from './build-client.ts';
import { startApp, type RunningApp } from './start-app.ts';

export interface PageOptions {
  /** A context of this size, closed after the test; the default context otherwise. */
  viewport?: { width: number; height: number };
  colorScheme?: 'dark' | 'light';
}

export interface BrowserApp {
  client: BuiltClient;
  /** The app on the seed articles (or the store given to useBrowserApp), serving the built client. */
  app: RunningApp;
  browser: Browser;
  /** The default context (1400×1000, UTC, en-GB); `newPage` with a viewport opens its own. */
  context: BrowserContext;
  /**
   * A page that records uncaught errors; given a path (`/`, `/embed?view=timeline`) or a URL it opens it and waits
   * until the app is drawn and idle.
   */
  newPage(target?: string, options?: PageOptions): Promise<Page>;
  /** Another app serving the same client (other articles, other options); closed with the rest. */
  startApp(options?: Partial<AppOptions>): Promise<RunningApp>;
}

/**
 * Registers the file's hooks and returns the running pieces (filled in by beforeAll, so read them inside tests).
 * `app: null` starts no default app (a test that starts its own with `startApp`).
 */
export function useBrowserApp(options: { app?: Partial<AppOptions> | null } = {}): BrowserApp {
  const errors: string[] = [];
  const extraApps: RunningApp[] = [];
  const contexts: BrowserContext[] = [];
  const handle = {} as BrowserApp;

  handle.startApp = async (appOptions = {}) => {
    const app = await startApp({ clientDir: handle.client.dir, ...appOptions });
    extraApps.push(app);
    return app;
  };
  handle.newPage = async (target, { viewport, colorScheme } = {}) => {
    let context = handle.context;
    if (viewport) contexts.push((context = await newContext(handle.browser, viewport)));
    const page = await context.newPage();
    if (colorScheme) await page.emulateMedia({ colorScheme });
    page.on('pageerror', (e) => errors.push(e.message));
    if (target !== undefined) await openApp(page, target.startsWith('/') ? `${handle.app.url}${target}` : target);
    return page;
  };

  beforeAll(async () => {
    handle.client = await buildClient();
    if (options.app !== null) handle.app = await startApp({ clientDir: handle.client.dir, ...options.app });
    handle.browser = await launchBrowser();
    handle.context = await newContext(handle.browser);
  }, 120_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(errors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await handle.browser?.close();
    await handle.app?.close();
    for (const app of extraApps.splice(0)) await app.close();
    handle.client?.remove();
  });

  return handle;
}

// Shared browser setup for the e2e tests: Debian's chromium driven by playwright-core, pinned to UTC,
// a fixed viewport and locale, so screenshots and layouts are the same on every run.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

/** Debian's chromium with this machine's flags (no sandbox as root, no background network); `extraArgs` add to them. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

export function newContext(browser: Browser, viewport = { width: 1400, height: 1000 }): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    timezoneId: 'UTC',
    locale: 'en-GB',
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
}

/** Opens a URL of the app and waits until data is drawn and nothing is loading. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitIdle(page);
}

/** Works on a page or on a frame (an embed inside another site's page). */
export async function waitIdle(page: Page | Frame): Promise<void> {
  await page.waitForFunction(
    () =>
      document.body.dataset.ready === 'true' &&
      !document.body.dataset.busy &&
      // The timeline's embed page draws no network.
      (document.body.classList.contains('embed-timeline') ||
        document.querySelector('[data-view="network"] svg.network-chart') !== null),
  );
}

export async function screenshot(page: Page, selector: string, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.locator(selector).screenshot({ path, animations: 'disabled' });
  return path;
}

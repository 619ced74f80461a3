// Screenshots for the docs, taken by the browser tests so they can always show the current app. A normal run writes
// them beside the other test screenshots (test-output/), so running the tests leaves the tracked tree unchanged;
// `UPDATE_DOC_IMAGES=1 npm test` writes them over docs/images/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from '../support/browser.ts';

export const DOCS_IMAGE_DIR = process.env.UPDATE_DOC_IMAGES
  ? fileURLToPath(new URL('../../docs/images/', import.meta.url))
  : SCREENSHOT_DIR;

export async function docsScreenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(DOCS_IMAGE_DIR, { recursive: true });
  const path = `${DOCS_IMAGE_DIR}${name}.png`;
  await target.screenshot({ path, animations: 'disabled' });
  return path;
}

// Screenshots for the docs (docs/images/), taken by the browser tests so they always show the current app.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

export const DOCS_IMAGE_DIR = fileURLToPath(new URL('../../docs/images/', import.meta.url));

export async function docsScreenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(DOCS_IMAGE_DIR, { recursive: true });
  const path = `${DOCS_IMAGE_DIR}${name}.png`;
  await target.screenshot({ path, animations: 'disabled' });
  return path;
}

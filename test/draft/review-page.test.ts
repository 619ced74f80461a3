// The review page in Debian's chromium: load a fresh draft, review it by keyboard and with "Accept all", save,
// and load the saved document with the server's own loader. A screenshot goes to docs/images/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { startReviewServer, type ReviewServer } from '../../seed/draft/review/review-server.ts';
import { launchBrowser, newContext } from '../support/browser.ts';
import { draftSeed, scratchDir, type Scratch } from './draft-fixture.ts';

const SHOT = fileURLToPath(new URL('../../docs/images/draft-review.png', import.meta.url));
let scratch: Scratch;
let file: string;
let server: ReviewServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  scratch = scratchDir();
  file = await draftSeed(scratch.dir);
  server = await startReviewServer(file, 0);
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  scratch?.remove();
});

it('refuses the unreviewed draft, saying how to review it', async () => {
  await expect(loadArticles([file])).rejects.toThrow(/still proposed by the drafter .*npm run draft -- --review/);
});

it('shows the article with highlighted spans and every proposed item', async () => {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const total = ['actors', 'events', 'statements', 'relationships'].reduce((n, k) => n + doc[k].length, 0);
  expect(await page.locator('#items li').count()).toBe(total + doc.source.citations.length);
  expect(await page.locator('#text mark.actors').count()).toBeGreaterThan(10);
  expect(await page.locator('#text mark.statements').count()).toBeGreaterThan(0);
  expect(await page.textContent('#progress')).toMatch(/^\d+ of \d+ items still proposed$/);
  await page.screenshot({ path: SHOT, fullPage: false });
});

it('reviews by keyboard: accept, move, reject and undo', async () => {
  await page.locator('#items li').first().focus();
  await page.keyboard.press('a');
  await expect.poll(() => page.locator('#items li').first().getAttribute('class')).toContain('accepted');
  await page.keyboard.press('k');
  await page.keyboard.press('r');
  await expect.poll(() => page.locator('#items li').first().getAttribute('class')).toContain('rejected');
  await page.keyboard.press('k');
  await page.keyboard.press('r');
  await expect.poll(() => page.locator('#items li').first().getAttribute('class')).not.toContain('rejected');
});

it('edits an item and reports a bad date as you go', async () => {
  const event = page.locator('#items li.events').first();
  await event.locator('button', { hasText: 'Edit' }).click();
  await page.fill('#f-date', '2025-13');
  await page.click('form.edit button');
  await expect
    .poll(() => page.textContent('#issues'))
    .toMatch(/events\[0\]\.date: "2025-13" is not a supported EDTF date/);
  await page.locator('#items li.events').first().locator('button', { hasText: 'Edit' }).click();
  await page.fill('#f-date', '../2025-05-05');
  await page.click('form.edit button');
  await expect.poll(() => page.textContent('#issues')).toBe('');
  expect(await page.locator('#items li.events').first().getAttribute('class')).toContain('edited');
});

it('accepts all, saves, and the server loads the saved document', async () => {
  await page.click('#accept-all');
  await page.keyboard.press('Control+s');
  await page.waitForSelector('body[data-saved="loadable"]');
  const [article] = await loadArticles([file]);
  expect(article!.source.id).toBe('thin-line-news-2025-05-05');
  expect(article!.actors.length).toBeGreaterThan(5);
  expect(article!.statements.some((s) => s.text.startsWith('Mexico is not solving the problem'))).toBe(true);
  expect(pageErrors).toEqual([]);
});

it('adds a missed item from a text selection', async () => {
  // Select "National Palace" in the article and add it as an actor.
  const text = readFileSync(file.replace('draft.json', 'thin-line-news-2025-05-05.txt'), 'utf8');
  const start = text.indexOf('National Palace');
  await page.evaluate(
    ([from, to]) => {
      const spans = [...document.querySelectorAll<HTMLElement>('#text [data-start]')];
      const at = (n: number) => {
        const el = spans.filter((s) => Number(s.dataset.start) <= n).pop()!;
        return [el.firstChild!, n - Number(el.dataset.start)] as const;
      };
      const range = document.createRange();
      range.setStart(...at(from!));
      range.setEnd(...at(to!));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [start, start + 'National Palace'.length],
  );
  await page.waitForSelector('#add-bar:not([hidden])');
  await page.selectOption('#add-kind', 'actors');
  await page.click('#add');
  await page.selectOption('#f-kind', 'ORGANIZATION');
  await page.click('form.edit button');
  await page.keyboard.press('Control+s');
  await page.waitForSelector('body[data-saved="loadable"]');
  const [article] = await loadArticles([file]);
  const added = article!.actors.find((a) => a.id === 'national-palace');
  expect(added?.kind).toBe('ORGANIZATION');
  expect(added?.evidence[0]).toMatchObject({ start, quote: 'National Palace' });
});

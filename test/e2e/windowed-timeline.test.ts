// The timeline of a large corpus, in Chromium against the real client and server: the overview and the zoomed-out
// chart come from timelineDensity (no item pages), and what that costs does not grow with the corpus (compared at
// two sizes, 4x apart; million-timeline.test.ts draws a million); zoomed in, only the window's items are
// fetched; a pan that leaves a window still loading cancels its requests. Its first requests come from index.html's
// preloads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/generate-corpus.ts';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { WINDOW_ITEM_LIMIT } from '../../core/timeline/window-plan.ts';
import type { RunningApp } from '../support/start-app.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { countAborts, recordGraphQL } from '../support/graphql-traffic.ts';
import { expectDrawnFromCounts } from './support/drawn-from-counts.ts';

/** Events per corpus (each with about half as many statements again): both far above the window limit. */
const SIZES = { small: 10_000, large: 40_000 } as const;
const MB = 1_000_000;

const chromium = useBrowserApp({ app: null });
const apps: Record<keyof typeof SIZES, RunningApp | null> = { small: null, large: null };
const dirs: string[] = [];

async function corpusApp(events: number): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-windowed-'));
  dirs.push(dir);
  // One source per event keeps the load short; the timeline's size is what matters here.
  await writeCorpus(dir, { events, reportsPerArticle: [0, 0] });
  return chromium.startApp({ store: new MemoryStore(await loadArticles([dir])) });
}

beforeAll(async () => {
  apps.small = await corpusApp(SIZES.small);
  apps.large = await corpusApp(SIZES.large);
}, 300_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A page (its uncaught errors fail the test, see browser-app.ts) on `size`'s app, once its timeline is complete. */
async function open(size: keyof typeof SIZES, query = '') {
  const page = await chromium.newPage();
  const traffic = recordGraphQL(page);
  const aborted = await countAborts(page);
  await page.goto(`${apps[size]!.url}/${query}`);
  await timelineComplete(page);
  return { page, traffic, aborted };
}

function timelineComplete(page: Page): Promise<unknown> {
  return page.waitForFunction(() => performance.getEntriesByName('kg:timeline-complete').length > 0, undefined, {
    timeout: 60_000,
  });
}

/** Settled: nothing loading (the page's busy flag) and every answer's size known. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.dataset.busy, undefined, { timeout: 60_000 });
  await page.waitForTimeout(100);
}

const chart = (page: Page) => page.locator('#timeline-chart svg.timeline-chart');

describe('a timeline too large to fetch', () => {
  it('draws the whole range from counts, with requests and bytes that do not grow with the corpus', async () => {
    const cost: Record<string, { requests: number; bytes: number }> = {};
    for (const size of ['small', 'large'] as const) {
      const { page, traffic } = await open(size);
      await settle(page);
      const density = await expectDrawnFromCounts(page, traffic);
      cost[size] = { requests: density.length, bytes: density.reduce((sum, c) => sum + c.bytes, 0) };
      // The page says how many there are, though it fetched none of them.
      expect(await page.locator('.dek').textContent()).toMatch(/^\d+ events and statements/);
      await page.close();
    }
    console.log(`overview: ${JSON.stringify(cost)}`);
    expect(cost.large!.requests).toBe(cost.small!.requests);
    // Counts have more digits in a larger corpus; the answer's shape (buckets x lanes) is the same.
    expect(cost.large!.bytes).toBeLessThan(cost.small!.bytes * 1.5);
    expect(cost.large!.bytes).toBeLessThan(1 * MB);
    // Two page loads, each settled: at a load average of 25-30 on 2 cores each took about 15 s.
  }, 60_000);

  it('is answered its first two requests from index.html’s preloads, and asks for the sources after them', async () => {
    const { page } = await open('large');
    await settle(page);
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map((l) => l.href),
    );
    expect(preloads).toHaveLength(2);
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r as PerformanceResourceTiming)
        .map((r) => ({ url: r.name, initiator: r.initiatorType, start: r.startTime, end: r.responseEnd })),
    );
    // One request each, the preload's: had the client's fetch not been handed its answer, it would be a second.
    for (const href of preloads)
      expect(requests.filter((r) => r.url === href).map((r) => r.initiator)).toEqual(['link']);
    const sources = requests.filter((r) => r.url.includes('query+Sources'));
    expect(sources).toHaveLength(1);
    const countsIn = Math.max(...requests.filter((r) => preloads.includes(r.url)).map((r) => r.end));
    expect(sources[0]!.start).toBeGreaterThanOrEqual(countsIn);
    await page.close();
  });

  it('fetches the items of the window it is zoomed into, and only those', async () => {
    const { page, traffic } = await open('large', '?from=2019-03-01&to=2019-03-31');
    await settle(page);
    expect(await chart(page).getAttribute('data-source')).toBe('items');
    expect(await chart(page).locator('g.mark[data-id]').count()).toBeGreaterThan(10);
    const pages = traffic.of('Timeline');
    expect(pages.length).toBeGreaterThan(0);
    // Every page is of one window: the visible month and its margins (half its width each side).
    for (const call of pages) {
      expect(call.variables.from! >= '2019-02-13').toBe(true);
      expect(call.variables.to! <= '2019-04-16').toBe(true);
    }
    const windows = new Set(pages.map((c) => `${String(c.variables.from)}/${String(c.variables.to)}`));
    expect(windows.size).toBe(1);
    const [from, to] = [...windows][0]!.split('/');
    const { total } = await windowTotal(page, from!, to!);
    expect(total).toBeLessThanOrEqual(WINDOW_ITEM_LIMIT);
    const fetched = await page.evaluate(() => document.querySelectorAll('#timeline-chart g.mark[data-id]').length);
    expect(fetched).toBeLessThanOrEqual(total);
    expect(pages.length).toBe(Math.max(1, Math.ceil(total / 500)));
    const bytes = traffic.calls().reduce((sum, c) => sum + c.bytes, 0);
    console.log(`window ${from}..${to}: ${total} items in ${pages.length} pages; ${bytes} bytes in all`);

    // The list shows the same window's items, from what is already in: no further request.
    const before = traffic.calls().length;
    await page.locator('button[data-set-show="list"]').click();
    await page.waitForSelector('#item-list button.item');
    expect(traffic.calls().length).toBe(before);
    await page.close();
  });

  it('zoomed in with the wheel from the whole range, fetches the items of where it came to rest', async () => {
    const { page, traffic } = await open('large');
    await settle(page);
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 80);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -200);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    await settle(page);
    await page.waitForFunction(
      () => document.querySelector('#timeline-chart svg.timeline-chart')?.getAttribute('data-source') === 'items',
      undefined,
      { timeout: 30_000 },
    );
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
    const pages = traffic.of('Timeline').filter((c) => c.failed === null);
    expect(pages.length).toBeGreaterThan(0);
    // The last window fetched holds the one in view, within its margins (half the window's width each side).
    const last = pages.at(-1)!.variables as { from: string; to: string };
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(last.from <= from && last.to >= to).toBe(true);
    expect(days(last.from, last.to)).toBeLessThanOrEqual(2 * days(from, to) + 3);
    expect(await chart(page).locator('g.mark[data-id]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('lists a window too large to fetch a page at a time', async () => {
    const { page, traffic } = await open('large', '?show=list');
    await settle(page);
    await page.waitForSelector('#item-list button.item');
    expect(await page.locator('#item-list button.item').count()).toBe(100);
    expect(traffic.of('Timeline').length).toBe(1);
    await page.locator('button.list-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#item-list button.item').length === 200);
    expect(traffic.of('Timeline').length).toBe(2);
    await page.close();
  });

  it('cancels the requests for a window the view has left', async () => {
    const { page, traffic, aborted } = await open('large', '?from=2020-06-01&to=2020-06-30');
    await settle(page);
    // Answers now take a while, so a window is still loading when the reader pans on.
    await page.route('**/graphql?*', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue().catch(() => {});
    });
    traffic.clear();
    const box = (await chart(page).boundingBox())!;
    const y = box.y + 60;
    for (let i = 0; i < 3; i++) {
      await page.mouse.move(box.x + box.width * 0.8, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.1, y, { steps: 6 });
      await page.mouse.up();
      await page.waitForTimeout(150);
    }
    await page.unroute('**/graphql?*');
    await settle(page);
    expect(await aborted()).toBeGreaterThan(0);
    expect(traffic.calls().some((c) => c.failed !== null)).toBe(true);
    // Where it came to rest, the window is drawn from its own items.
    expect(await chart(page).getAttribute('data-source')).toBe('items');
    await page.close();
  });
});

async function windowTotal(page: Page, from: string, to: string): Promise<{ total: number }> {
  return page.evaluate(
    async ([f, t]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ timeline(from: "${f}", to: "${t}", first: 1) { totalCount } }` }),
      });
      const body = (await response.json()) as { data: { timeline: { totalCount: number } } };
      return { total: body.data.timeline.totalCount };
    },
    [from, to] as const,
  );
}

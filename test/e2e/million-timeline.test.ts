// A million events in range, in Chromium against the real client and server (issue 16): the overview is drawn from
// timelineDensity with a handful of requests under 1 MB, and a small window fetches that window's items only. The
// corpus is lean (bench/corpus/lean-corpus.ts: one source per event, few statements) and built in memory through
// the loader's validation, so the embedded store holds it in about 3 GB of heap; building it is most of the file's
// time. windowed-timeline.test.ts covers the rest of the windowed client (lists, wheel zoom, cancelled requests).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { leanArticles } from '../../bench/corpus/lean-corpus.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { WINDOW_ITEM_LIMIT } from '../../core/timeline/window-plan.ts';
import { BUSIEST_ACTORS } from '../../client/src/app/network-scope.ts';
import type { RunningApp } from '../support/start-app.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { recordGraphQL } from '../support/graphql-traffic.ts';
import { fullTimeline } from '../support/full-timeline.ts';
import { api } from './support/app-queries.ts';
import { expectDrawnFromCounts } from './support/drawn-from-counts.ts';

const EVENTS = 1_000_000;
const MB = 1_000_000;
/** Items per Timeline page the client asks for (the API's largest). */
const PAGE = 500;

const chromium = useBrowserApp({ app: null });
let app: RunningApp;
let items = 0;

beforeAll(async () => {
  const t0 = performance.now();
  const store = new MemoryStore(await leanArticles(EVENTS));
  items = (await store.timeline(fullTimeline({ first: 0 }))).totalCount;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  console.log(`${EVENTS} events, ${items} items: built in ${Math.round(performance.now() - t0)} ms, heap ${heapMb} MB`);
  // Warmed as a server is before it takes readers: the search index (what /ready waits for) and the density tallies
  // (built on the first whole-range read). This test counts requests and bytes; the cold first read, tens of seconds
  // on a busy machine, would only stall the page's load. The benchmark times reads.
  const w0 = performance.now();
  await store.warmUp();
  const window = { from: '2015-01-01', to: '2024-12-31' };
  await store.timelineDensity({ window, match: 'OVERLAPS', actorIds: [], buckets: 200, laneBy: 'ACTOR', lanes: 20 });
  console.log(`warmed in ${Math.round(performance.now() - w0)} ms`);
  app = await chromium.startApp({ store });
  // A busy shared machine builds this in minutes; a quiet 2-core one in about one (docs/benchmarks.md).
}, 1_200_000);

/** `fresh`: in a context of its own, so no answer comes from the HTTP cache an earlier page load filled. */
async function open(query = '', { fresh = false } = {}) {
  const page = fresh
    ? await chromium.newPage(undefined, { viewport: { width: 1400, height: 1000 } })
    : await chromium.newPage();
  const traffic = recordGraphQL(page);
  const t0 = performance.now();
  await page.goto(`${app.url}/${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('kg:timeline-complete').length > 0, undefined, {
    timeout: 120_000,
  });
  await page.waitForFunction(() => !document.body.dataset.busy, undefined, { timeout: 120_000 });
  // Every answer's size known (requestfinished reports sizes a moment later).
  await page.waitForTimeout(200);
  console.log(`${query || 'whole range'}: complete and idle ${Math.round(performance.now() - t0)} ms after navigation`);
  return { page, traffic };
}

const chart = (page: Page) => page.locator('#timeline-chart svg.timeline-chart');

describe('a million events in range', () => {
  it('draws the whole range from counts: a few requests, under 1 MB', async () => {
    expect(items).toBeGreaterThanOrEqual(EVENTS);
    const { page, traffic } = await open();
    // At 1M the chart showed 12 bin shapes (a path per lane) where 40k shows a rect per bin: see docs/benchmarks.md.
    const density = await expectDrawnFromCounts(page, traffic, { minBinShapes: 1 });
    console.log(`bin shapes: ${await chart(page).locator('g.bins rect, g.bins path').count()}`);
    const densityBytes = density.reduce((sum, c) => sum + c.bytes, 0);
    const all = traffic.calls();
    const allBytes = all.reduce((sum, c) => sum + c.bytes, 0);
    console.log(
      `whole range: ${density.length} density requests, ${densityBytes} bytes; ` +
        `all GraphQL ${all.length} requests (${[...new Set(all.map((c) => c.operation))].join(', ')}), ${allBytes} bytes`,
    );
    expect(density.length).toBeLessThanOrEqual(4);
    expect(densityBytes).toBeLessThan(1 * MB);
    // The page says how many there are, though it fetched none of them (the busy flag is off: start-up is over).
    expect(await page.locator('.dek').textContent()).toMatch(new RegExp(`^${items} events and statements, `));
    await page.close();
  }, 300_000);

  it('draws the network of the busiest actors only: two small requests, and a note saying so', async () => {
    // Cacheable GETs: the first test's page load left these answers in the default context's cache (0 bytes fetched).
    const { page, traffic } = await open('', { fresh: true });
    // The whole network here is 100,000 actors: megabytes, and minutes of layout (the page stayed "Loading the
    // graph…"). The client asks which actors are busiest (one density bucket by actor), then those actors' links.
    const busiest = traffic.of('BusiestActors');
    expect(busiest).toHaveLength(1);
    const network = traffic.of('Network');
    expect(network).toHaveLength(1);
    const asked = network[0]!.variables;
    expect(asked.depth).toBe(0);
    expect((asked.actorIds as string[]).length).toBe(BUSIEST_ACTORS);
    // Every answer's size known (requestfinished reports it a moment after the answer).
    const scoped = [...busiest, ...network];
    await expect.poll(() => scoped.every((c) => c.bytes > 0), { timeout: 10_000 }).toBe(true);
    const sizes = traffic.calls().map((c) => `${c.operation} ${c.bytes}`);
    console.log(
      `network: ${network[0]!.bytes} bytes, busiest actors ${busiest[0]!.bytes} bytes; all: ${sizes.join(', ')}`,
    );
    // 100 actors, hubs among them, and every relationship between them (277 kB measured): bounded by the actors.
    expect(scoped.reduce((sum, c) => sum + c.bytes, 0)).toBeLessThan(1 * MB);
    // Drawn (open() waited for the page to be idle, the layout included), and said to be a part.
    await page.waitForFunction(() => performance.getEntriesByName('kg:network-layout-end').length > 0);
    const drawn = await page.locator('[data-view="network"] [data-id]').count();
    expect(drawn).toBeGreaterThan(0);
    const note = page.locator('#network-scope');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^Showing the 100 actors in the most events and statements/);
    expect(await page.locator('.dek').textContent()).toContain("the network's 100 busiest actors");
    await page.close();
  }, 300_000);

  it('zoomed to two days, fetches that window’s items and nothing else', async () => {
    const { page, traffic } = await open('?from=2020-06-10&to=2020-06-11');
    expect(await chart(page).getAttribute('data-source')).toBe('items');
    // Drawn from the window's own items: as marks, or binned by the chart when more than 1,000 are in view (the
    // month-precision events of June overlap any two days of it).
    expect(await chart(page).locator('g.mark[data-id], g.bins rect, g.bins path').count()).toBeGreaterThan(10);
    const pages = traffic.of('Timeline');
    expect(pages.length).toBeGreaterThan(0);
    // One window: the visible days and their margins (half the window's width each side).
    const windows = new Set(pages.map((c) => `${String(c.variables.from)}/${String(c.variables.to)}`));
    expect(windows.size).toBe(1);
    const [from, to] = [...windows][0]!.split('/') as [string, string];
    expect(from >= '2020-06-08' && to <= '2020-06-13').toBe(true);
    const total = await windowTotal(from, to);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(WINDOW_ITEM_LIMIT);
    expect(pages.length).toBe(Math.ceil(total / PAGE));
    const pageBytes = pages.reduce((sum, c) => sum + c.bytes, 0);
    console.log(`window ${from}..${to}: ${total} of ${items} items in ${pages.length} pages, ${pageBytes} bytes`);
    // A window's pages, not the corpus: well under a kilobyte per item fetched.
    expect(pageBytes).toBeLessThan(total * 1_000);
    await page.close();
  }, 300_000);
});

async function windowTotal(from: string, to: string): Promise<number> {
  const query = 'query ($f: String, $t: String) { timeline(from: $f, to: $t, first: 1) { totalCount } }';
  return (await api<{ timeline: { totalCount: number } }>(app.url, query, { f: from, t: to })).timeline.totalCount;
}

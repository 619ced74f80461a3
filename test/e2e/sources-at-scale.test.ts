// The Sources filter with 20,000 articles from 2,000 outlets, in Chromium against the real client and server: the
// start asks for one bounded page of sources (never the whole list), the filter finds an outlet by a piece of its
// name (type-ahead against sourcesConnection), picking it narrows the views and goes into the URL, and a copied
// link labels its chosen outlet from the ids alone. Requests and bytes of the sources reads are counted.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { OUTLET_PICK_LIMIT, START_SOURCES } from '../../client/src/app/source-finder.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { recordGraphQL } from '../support/graphql-traffic.ts';
import { manySourceArticles } from '../support/many-sources.ts';
import type { RunningApp } from '../support/start-app.ts';
import { api, dataIds } from './support/app-queries.ts';

const CLAIMS_DIR = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const FILLER = 20_000;
const OUTLETS = 2_000;
const BEAST = 'daily-beast-2025-05-04';

const chromium = useBrowserApp({ app: null });
let app: RunningApp;
let reported: string[];
let total = 0;
/** Bytes of the whole list of the fields the filter reads: what the start used to wait for. */
let wholeListBytes = 0;

beforeAll(async () => {
  const articles = [
    ...(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR])),
    ...manySourceArticles(FILLER, OUTLETS),
  ];
  const store = new MemoryStore(articles);
  app = await chromium.startApp({ store });
  const every = (await store.listSources()).map(({ id, title, publisher, publishedAt, url }) => ({
    id,
    title,
    publisher,
    publishedAt,
    url,
  }));
  total = every.length;
  wholeListBytes = JSON.stringify({ data: { sources: every } }).length;
  const items = await api<{ timeline: { edges: Array<{ node: { id: string } }> } }>(
    app.url,
    `query($src: [ID!]) { timeline(sourceIds: $src, first: 500) { edges { node { ... on Event { id } ... on Statement { id } } } } }`,
    { src: [BEAST] },
  );
  reported = items.timeline.edges.map((e) => e.node.id).sort();
}, 120_000);

const chip = (page: Page, publisher: string) =>
  page.locator(`#filters .source-filter button[data-publisher="${publisher}"]`);
const marks = async (page: Page) => (await dataIds(page, '[data-view="timeline"] svg.timeline-chart g.mark')).sort();

describe('the Sources filter among thousands of outlets', () => {
  it('starts with one bounded page of sources, finds an outlet by typing, and keeps the choice in the URL', async () => {
    const page = await chromium.newPage();
    const traffic = recordGraphQL(page);
    await page.goto(`${app.url}/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true' && !document.body.dataset.busy);
    await page.waitForTimeout(200);
    const sourceCalls = () => traffic.calls().filter((c) => c.operation === 'SourcesPage');
    const atStart = sourceCalls();
    const startBytes = atStart.reduce((sum, c) => sum + c.bytes, 0);
    console.log(
      `start: ${atStart.length} SourcesPage request(s), ${startBytes} bytes for ${total} sources ` +
        `(the whole list: ${wholeListBytes} bytes)`,
    );
    expect(atStart.map((c) => c.variables)).toEqual([{ first: START_SOURCES }]);
    expect(startBytes).toBeLessThan(50_000);
    // The credit line counts the graph's articles, not the page's.
    expect(await page.locator('.credit').first().textContent()).toContain(`${total} articles`);

    // No chips yet: a search box. Typing a piece of a name offers the outlets it matches.
    const search = page.locator('#filters input.source-search');
    expect(await search.isVisible()).toBe(true);
    await search.fill('daily bea');
    await chip(page, 'The Daily Beast').waitFor();
    await chip(page, 'The Daily Beast').click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('src') === id, BEAST);
    await page.waitForFunction(() => !document.body.dataset.busy);
    expect(await marks(page)).toEqual(reported);
    expect(await chip(page, 'The Daily Beast').getAttribute('aria-pressed')).toBe('true');

    // A second outlet among the 2,000 fillers: its ten articles join the choice.
    await search.fill('outlet 0042');
    await chip(page, 'Outlet 0042 Gazette').waitFor();
    await chip(page, 'Outlet 0042 Gazette').click();
    await page.waitForFunction(() => (new URL(location.href).searchParams.get('src') ?? '').split(',').length > 1);
    const chosen = new URL(page.url()).searchParams.get('src')!.split(',');
    expect(chosen).toHaveLength(1 + FILLER / OUTLETS);
    expect(chosen).toContain(BEAST);

    const all = sourceCalls();
    const bytes = all.reduce((sum, c) => sum + c.bytes, 0);
    console.log(`after two picks: ${all.length} SourcesPage requests, ${bytes} bytes`);
    for (const c of all) expect(Number(c.variables.first)).toBeLessThanOrEqual(OUTLET_PICK_LIMIT);
    await page.close();
  });

  it('labels the outlets a link chose from their ids alone, and narrows the views to them', async () => {
    const page = await chromium.newPage(`/?src=${BEAST}`.replace('/', `${app.url}/`));
    await page.waitForFunction(() => !document.body.dataset.busy);
    await chip(page, 'The Daily Beast').waitFor();
    expect(await chip(page, 'The Daily Beast').getAttribute('aria-pressed')).toBe('true');
    expect(await marks(page)).toEqual(reported);
    // Pressing it again drops it: every item again.
    await chip(page, 'The Daily Beast').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('src') && !document.body.dataset.busy);
    expect((await marks(page)).length).toBeGreaterThan(reported.length);
    await page.close();
  });
});

// The client with several sources (the seed article plus test/fixtures/claims, which report the same May
// 2025 events): the evidence panel groups evidence by source and sets disputed values side by side, disputed
// items are marked in every view, the Sources filter narrows them to one outlet and lives in the URL, and
// the embed page carries the marks. A second app adds test/fixtures/claims-dates, whose wire disagrees on
// two dates, for the per-source ranges. It also takes the screenshots in docs/claims.md.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { RunningApp } from '../support/start-app.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { api, dataIds } from './support/app-queries.ts';
import { DOCS_IMAGE_DIR } from './docs-screenshot.ts';

const CLAIMS_DIR = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const DATES_DIR = fileURLToPath(new URL('../fixtures/claims-dates/', import.meta.url));
/** Screenshots go with the others; `UPDATE_DOC_IMAGES=1` writes them over docs/images/ instead. */
const DOC_IMAGES = DOCS_IMAGE_DIR;
const STATEMENT = 'claudia-sheinbaum-sovereignty-is-not-for-sale';

const chromium = useBrowserApp({ app: null });
let app: RunningApp;
let datesApp: RunningApp;

interface DisputeNode {
  field: string;
  subject: { __typename: string; id: string };
}

async function disputes(url: string): Promise<DisputeNode[]> {
  const data = await api<{ disputes: { edges: Array<{ node: DisputeNode }> } }>(
    url,
    `query($first: Int!) { disputes(first: $first) { edges { node { field subject { __typename
      ... on Event { id } ... on Statement { id } ... on Actor { id } ... on Relationship { id } } } } } }`,
    { first: 500 },
  );
  return data.disputes.edges.map((e) => e.node);
}

/** Ids of disputed timeline items (events and statements), sorted. */
async function disputedItems(url: string): Promise<string[]> {
  const ids = (await disputes(url))
    .filter((d) => d.subject.__typename === 'Event' || d.subject.__typename === 'Statement')
    .map((d) => d.subject.id);
  return [...new Set(ids)].sort();
}

const newPage = (url: string, viewport?: { width: number; height: number }): Promise<Page> =>
  chromium.newPage(url, viewport ? { viewport } : {});
const ids = dataIds;

beforeAll(async () => {
  app = await chromium.startApp({ store: new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR])) });
  datesApp = await chromium.startApp({
    store: new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR, DATES_DIR])),
  });
  mkdirSync(DOC_IMAGES, { recursive: true });
});

describe('the client with several sources', () => {
  it('groups the evidence by source and sets each source’s place of a disputed statement side by side', async () => {
    const { statement } = await api<{
      statement: {
        sources: Array<{ id: string; publisher: string }>;
        evidence: Array<{ quote: string; source: { id: string } }>;
      };
    }>(
      app.url,
      `query($id: ID!) { statement(id: $id) { sources { id publisher } evidence { quote source { id } } } }`,
      {
        id: STATEMENT,
      },
    );
    expect(statement.sources.length).toBe(3);
    const page = await newPage(`${app.url}/?sel=statement:${STATEMENT}`);
    await page.waitForSelector(`#detail[data-status="ready"][data-selected="statement:${STATEMENT}"]`);

    // Where it was said: Thin Line News against The Daily Beast and Newsweek, each with its value.
    const sides = await page.locator('#detail .disputes ul[data-field="event"] li').allTextContents();
    expect(sides).toHaveLength(2);
    const palace = sides.find((s) => s.startsWith('Thin Line News:'));
    const speech = sides.find((s) => s.includes('The Daily Beast'));
    expect(palace).toContain('press conference at the National Palace');
    expect(speech).toMatch(/^(The Daily Beast, Newsweek|Newsweek, The Daily Beast): .*Saturday.*3 May 2025$/);
    // The wording is disputed too, and every source's wording is shown.
    expect(await page.locator('#detail .disputes ul[data-field="text"] li').count()).toBe(3);

    // One group per source, in the API's order (publication date), each holding exactly that source's spans.
    const groups = await page.$$eval('#detail > .evidence-list > .source-group', (els) =>
      els.map((g) => ({
        source: g.getAttribute('data-source'),
        marks: [...g.querySelectorAll('figure.evidence mark')].map((m) => m.textContent),
      })),
    );
    expect(groups.map((g) => g.source)).toEqual(statement.sources.map((s) => s.id));
    for (const g of groups)
      expect(g.marks).toEqual(statement.evidence.filter((e) => e.source.id === g.source).map((e) => e.quote));
    // The panel's top: the item, the disputes, and the first sources' evidence.
    const panel = (await page.locator('aside.detail-panel').boundingBox())!;
    await page.screenshot({
      path: `${DOC_IMAGES}evidence-dispute.png`,
      fullPage: true,
      clip: { x: panel.x, y: panel.y, width: panel.width, height: Math.min(panel.height, 1150) },
    });
    await page.close();
  });

  it('marks every disputed item, and only those, in the timeline and in the list', async () => {
    const disputed = await disputedItems(app.url);
    expect(disputed).toContain(STATEMENT);
    const page = await newPage(`${app.url}/`);
    expect(await ids(page, '[data-view="timeline"] g.mark[data-disputed]')).toEqual(disputed);
    expect(await ids(page, '[data-view="timeline"] g.mark:has(> g.dispute-badge)')).toEqual(disputed);
    const label = await page.locator(`g.mark[data-id="${STATEMENT}"]`).getAttribute('aria-label');
    expect(label).toContain('Sources disagree on where it was said');

    await page.click('[data-set-show="list"]');
    await page.waitForSelector('#item-list button.item');
    expect(await ids(page, '#item-list button.item[data-disputed]')).toEqual(disputed);
    const chip = page.locator(`#item-list button.item[data-id="${STATEMENT}"] .dispute-chip`);
    expect(await chip.isVisible()).toBe(true);
    expect(await chip.textContent()).toBe('disputed');
    await page.close();
  });

  it('narrows every view to what one outlet reports, and keeps that in the link', async () => {
    const source = 'daily-beast-2025-05-04';
    const { timeline, network } = await api<{
      timeline: { edges: Array<{ node: { id: string } }> };
      network: { edges: Array<{ id: string; sources: Array<{ id: string }> }> };
    }>(
      app.url,
      `query($s: [ID!], $first: Int!) { timeline(sourceIds: $s, first: $first) { edges { node { ... on Event { id } ... on Statement { id } } } }
        network { edges { id sources { id } } } }`,
      { s: [source], first: 500 },
    );
    const reported = timeline.edges.map((e) => e.node.id).sort();
    const all = await api<{ timeline: { totalCount: number } }>(app.url, '{ timeline { totalCount } }');
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.length).toBeLessThan(all.timeline.totalCount);

    const page = await newPage(`${app.url}/`);
    const chips = await page.$$eval('#filters .source-filter button.chip', (els) => els.map((e) => e.textContent));
    expect(chips).toEqual(['Newsweek', 'The Daily Beast', 'Thin Line News']);
    await page.click('#filters .source-filter button[data-publisher="The Daily Beast"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('src') === 'daily-beast-2025-05-04');
    await page.waitForFunction(() => !document.body.dataset.busy);
    expect(await ids(page, '[data-view="timeline"] svg.timeline-chart g.mark')).toEqual(reported);
    const edges = await ids(page, '[data-view="network"] g.edge');
    const reportedEdges = network.edges.filter((e) => e.sources.some((s) => s.id === source)).map((e) => e.id);
    expect(edges.length).toBeGreaterThan(0);
    for (const id of edges) expect(reportedEdges).toContain(id);
    expect(
      await page
        .locator('#filters .source-filter button[data-publisher="The Daily Beast"]')
        .getAttribute('aria-pressed'),
    ).toBe('true');
    // The filters, the Sources filter among them, over the timeline it narrows.
    const filters = (await page.locator('#filters').boundingBox())!;
    const timelinePanel = (await page.locator('section.timeline-panel').boundingBox())!;
    await page.screenshot({
      path: `${DOC_IMAGES}sources-filter.png`,
      fullPage: true,
      clip: { x: 0, y: filters.y, width: 1400, height: timelinePanel.y + timelinePanel.height - filters.y },
    });

    // The link opens the same narrowed view.
    const copy = await newPage(page.url());
    expect(await ids(copy, '[data-view="timeline"] svg.timeline-chart g.mark')).toEqual(reported);
    // So does the embed page for that view.
    const embed = await newPage(`${app.url}/embed?view=timeline&src=${source}`, { width: 900, height: 600 });
    expect(await ids(embed, 'svg.timeline-chart g.mark')).toEqual(reported);
    await embed.close();
    // Pressing the outlet again shows every source's items.
    await copy.click('#filters .source-filter button[data-publisher="The Daily Beast"]');
    await copy.waitForFunction(() => !new URL(location.href).searchParams.has('src') && !document.body.dataset.busy);
    expect((await ids(copy, '[data-view="timeline"] svg.timeline-chart g.mark')).length).toBe(all.timeline.totalCount);
    await page.close();
    await copy.close();
  });

  it('draws each source’s range of a disputed date, and marks a disputed relationship in the network', async () => {
    const event = '2025-02-us-cartel-fto-designation';
    const relationship = 'rel-donald-trump-designated-as-terrorist-organization-mexican-drug-cartels';
    const fields = await disputes(datesApp.url);
    expect(fields).toContainEqual({ field: 'date', subject: { __typename: 'Event', id: event } });
    expect(fields).toContainEqual({ field: 'date', subject: { __typename: 'Relationship', id: relationship } });

    const page = await newPage(`${datesApp.url}/?from=2025-01-15&to=2025-04-15`);
    const mark = page.locator(`[data-view="timeline"] g.mark[data-id="${event}"]`);
    expect(await mark.getAttribute('data-disputed')).toBe('date');
    const ranges = mark.locator('rect.claim-range');
    expect(await ranges.count()).toBe(2);
    const svg = page.locator('[data-view="timeline"] svg.timeline-chart');
    const box = (await svg.boundingBox())!;
    const [d0, d1, left, right] = await svg.evaluate((el) =>
      ['data-domain-start', 'data-domain-end', 'data-plot-left', 'data-plot-right'].map(
        (n) => el.getAttribute(n) ?? '',
      ),
    );
    const xOf = (iso: string) =>
      box.x +
      Number(left) +
      ((Date.parse(`${iso}T00:00:00Z`) - Date.parse(d0!)) / (Date.parse(d1!) - Date.parse(d0!))) *
        (Number(right) - Number(left));
    // Thin Line News says February, the wire says March: each line covers its own month, not the other's.
    for (const [source, from, to] of [
      ['Thin Line News', '2025-02-01', '2025-03-01'],
      ['Test Wire', '2025-03-01', '2025-04-01'],
    ] as const) {
      const r = (await ranges.and(page.locator(`[data-source="${source}"]`)).boundingBox())!;
      expect(Math.abs(r.x - xOf(from))).toBeLessThan(1.5);
      expect(Math.abs(r.x + r.width - xOf(to))).toBeLessThan(1.5);
    }
    // The mark itself shows the range covering both claims.
    const body = (await mark.locator('rect.body').boundingBox())!;
    expect(Math.abs(body.x - xOf('2025-02-01'))).toBeLessThan(1.5);
    expect(Math.abs(body.x + body.width - xOf('2025-04-01'))).toBeLessThan(1.5);

    const edge = page.locator(`[data-view="network"] g.edge[data-id="${relationship}"]`);
    expect(await edge.getAttribute('class')).toContain('is-disputed');
    expect(await edge.locator('g.dispute-badge').count()).toBe(1);
    expect(await edge.getAttribute('aria-label')).toContain('sources disagree');
    await page.close();
  });

  it('shows the marks and names every source on the embed page', async () => {
    const disputed = await disputedItems(datesApp.url);
    const page = await newPage(`${datesApp.url}/embed?view=timeline`, { width: 900, height: 600 });
    expect(await ids(page, 'svg.timeline-chart g.mark:has(> g.dispute-badge)')).toEqual(disputed);
    const credit = (await page.locator('.embed-footer .credit').textContent()) ?? '';
    for (const publisher of ['Thin Line News', 'The Daily Beast', 'Newsweek', 'Test Wire'])
      expect(credit).toContain(publisher);
    await page.close();

    // The SVG export's marks, ranges, legend and credit: test/export/timeline-svg-disputes.test.ts.
  });
});

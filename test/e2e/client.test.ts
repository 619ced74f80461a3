// The D3 client in a real browser (Debian chromium via playwright-core) against the app on the embedded
// store with the seed article. Builds the client first; writes screenshots to test-output/screenshots/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, waitIdle } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { actorId as findActor, api as apiAt, apiTimelineItems } from './support/app-queries.ts';

const DAY = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const chromium = useBrowserApp();
const timelineItems = (actorIds?: string[]) => apiTimelineItems(chromium.app.url, actorIds);
const actorId = (search: string) => findActor(chromium.app.url, search);
const newPage = (path = '/') => chromium.newPage(path);
const api = <T>(query: string, variables?: Record<string, unknown>) => apiAt<T>(chromium.app.url, query, variables);

const markIds = (page: Page) =>
  page.$$eval('[data-view="timeline"] svg.timeline-chart [data-id]', (els) =>
    els.map((e) => e.getAttribute('data-id') ?? ''),
  );
const edgeIds = (page: Page) =>
  page.$$eval('[data-view="network"] [data-type="relationship"]', (els) =>
    els.map((e) => e.getAttribute('data-id') ?? ''),
  );

/** Page x of a date on a chart that exposes its domain and plot range as data attributes. */
async function xOfDate(page: Page, selector: string, startAttr: string, endAttr: string, ms: number): Promise<number> {
  const svg = page.locator(selector);
  const box = (await svg.boundingBox())!;
  const attrs = await svg.evaluate(
    (el, names) => names.map((n) => el.getAttribute(n) ?? ''),
    [startAttr, endAttr, 'data-plot-left', 'data-plot-right'],
  );
  const [d0, d1, left, right] = [Date.parse(attrs[0]!), Date.parse(attrs[1]!), Number(attrs[2]), Number(attrs[3])];
  return box.x + left + ((ms - d0) / (d1 - d0)) * (right - left);
}

describe('the D3 client', () => {
  it('shows exactly one mark per timeline item, month-precision events as spans covering their month', async () => {
    const items = await timelineItems();
    const page = await newPage();
    const ids = await markIds(page);
    expect(ids.length).toBe(items.length);
    expect([...ids].sort()).toEqual(items.map((i) => i.id).sort());

    const months = items.filter((i) => i.date.precision === 'MONTH');
    expect(months.length).toBeGreaterThan(0);
    for (const item of months) {
      const body = await page.locator(`[data-view="timeline"] [data-id="${item.id}"] rect.body`).boundingBox();
      if (!body) throw new Error(`the span of ${item.id} is not visible`);
      const start = await xOfDate(
        page,
        'svg.timeline-chart',
        'data-domain-start',
        'data-domain-end',
        dayMs(item.date.earliest!),
      );
      const end = await xOfDate(
        page,
        'svg.timeline-chart',
        'data-domain-start',
        'data-domain-end',
        dayMs(item.date.latest!) + DAY,
      );
      expect(body.x).toBeCloseTo(start, 0);
      expect(body.x + body.width).toBeCloseTo(end, 0);
    }
    // Every mark reads its title and date aloud.
    for (const item of items) {
      const label = await page.locator(`[data-view="timeline"] [data-id="${item.id}"]`).getAttribute('aria-label');
      expect(label).toContain(item.date.label);
    }
    await screenshot(page, '.timeline-panel', 'timeline');
    await screenshot(page, '.network-panel', 'network');
    await page.click('[data-set-show="list"]');
    expect(await page.locator('[data-view="list"] button[data-id]').count()).toBe(items.length);
    await screenshot(page, '.timeline-panel', 'list');
    await page.close();
  });

  it('narrows the timeline to Sheinbaum’s items when she is clicked in the network', async () => {
    const sheinbaum = await actorId('Sheinbaum');
    const hers = (await timelineItems([sheinbaum])).map((i) => i.id).sort();
    const page = await newPage();
    expect((await markIds(page)).length).toBeGreaterThan(hers.length);
    await page.click(`[data-view="network"] [data-id="${sheinbaum}"] path.symbol`);
    await waitIdle(page);
    expect((await markIds(page)).sort()).toEqual(hers);
    expect(new URL(page.url()).searchParams.get('actor')).toBe(sheinbaum);
    // Her neighbours stay bright; everyone else is dimmed.
    const bright = await page.$$eval('[data-view="network"] [data-type="actor"]:not(.is-dim)', (els) =>
      els.map((e) => e.getAttribute('data-id')),
    );
    expect(bright).toContain(sheinbaum);
    expect(bright.length).toBeLessThan(await page.locator('[data-view="network"] [data-type="actor"]').count());
    await screenshot(page, '.network-panel', 'network-following-sheinbaum');
    await page.close();
  });

  it('leaves only relationships dated in January–February 2025 after brushing that window', async () => {
    const page = await newPage();
    const all = await api<{
      network: { edges: Array<{ id: string; date: { earliest: string | null; latest: string | null } | null }> };
    }>('{ network { edges { id date { earliest latest } } } }');
    const overview = page.locator('svg.overview');
    await overview.scrollIntoViewIfNeeded();
    const box = (await overview.boundingBox())!;
    const x1 = await xOfDate(page, 'svg.overview', 'data-extent-start', 'data-extent-end', dayMs('2025-01-01'));
    const x2 = await xOfDate(page, 'svg.overview', 'data-extent-start', 'data-extent-end', dayMs('2025-03-01'));
    await page.mouse.move(x1, box.y + 18);
    await page.mouse.down();
    await page.mouse.move(x2, box.y + 18, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2025-02-28');
    await waitIdle(page);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2025-01-01');

    const shown = await edgeIds(page);
    expect(shown.length).toBeGreaterThan(0);
    const byId = new Map(all.network.edges.map((e) => [e.id, e]));
    for (const id of shown) {
      const date = byId.get(id)?.date;
      expect(date, `${id} is undated`).toBeTruthy();
      expect(
        (date!.earliest ?? '0000') <= '2025-02-28' && (date!.latest ?? '9999') >= '2025-01-01',
        `${id} is outside the window`,
      ).toBe(true);
    }
    const windowed = await api<{ network: { edges: Array<{ id: string }> } }>(
      '{ network(from: "2025-01-01", to: "2025-02-28") { edges { id } } }',
    );
    expect([...shown].sort()).toEqual(windowed.network.edges.map((e) => e.id).sort());
    expect(shown.length).toBeLessThan(all.network.edges.length);
    expect(await page.locator('svg.timeline-chart').getAttribute('data-domain-start')).toBe('2025-01-01T00:00:00.000Z');
    await screenshot(page, '.timeline-panel', 'timeline-window-jan-feb-2025');
    await screenshot(page, '.network-panel', 'network-window-jan-feb-2025');
    await page.close();
  });

  it('opens the panel on Bukele’s statement with the quote highlighted in the article text', async () => {
    const data = await api<{
      statements: {
        edges: Array<{
          node: {
            id: string;
            speaker: { name: string };
            evidence: Array<{ quote: string; start: number; end: number; source: { text: string } }>;
          };
        }>;
      };
    }>(
      'query($first: Int!) { statements(first: $first) { edges { node { id speaker { name } evidence { quote start end source { text } } } } } }',
      { first: 20 },
    );
    const bukele = data.statements.edges.map((e) => e.node).find((s) => s.speaker.name.includes('Bukele'));
    expect(bukele).toBeDefined();
    const page = await newPage();
    await page.click(`[data-view="timeline"] [data-id="${bukele!.id}"] path.quote`);
    await page.waitForSelector(`#detail[data-status="ready"][data-selected="statement:${bukele!.id}"]`);
    const highlighted = await page.locator('#detail .evidence mark').allTextContents();
    expect(highlighted).toEqual(bukele!.evidence.map((e) => e.quote));
    // The quote itself is among the highlighted spans, set in the article's own text around it.
    const quote = bukele!.evidence.find((e) => e.quote.startsWith('Mexico is not solving the problem'));
    expect(quote).toBeDefined();
    const i = bukele!.evidence.indexOf(quote!);
    const articleText = quote!.source.text;
    expect(articleText.slice(quote!.start, quote!.end)).toBe(quote!.quote);
    const before = (await page.locator('#detail .evidence .context .before').nth(i).textContent())!.replace(/^…/, '');
    const after = (await page.locator('#detail .evidence .context .after').nth(i).textContent())!.replace(/…$/, '');
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(flat(before).length).toBeGreaterThan(40);
    expect(flat(articleText)).toContain(flat(`${before}${quote!.quote}${after}`));
    const caption = await page.locator('#detail .evidence figcaption').first().textContent();
    expect(caption).toContain('Thin Line News');
    expect(caption).toContain('5 May 2025');
    expect(await page.locator('#detail').textContent()).toContain('Nayib Bukele');
    await screenshot(page, '.detail-panel', 'detail-bukele-statement');
    await page.close();
  });

  it('restores the same view from a copied URL', async () => {
    const sheinbaum = await actorId('Sheinbaum');
    const page = await newPage();
    await page.click('[data-set-lanes="kind"]');
    await page.click(`[data-view="network"] [data-id="${sheinbaum}"] path.symbol`);
    await waitIdle(page);
    const first = (await markIds(page))[0]!;
    await page.locator(`[data-view="timeline"] [data-id="${first}"]`).dispatchEvent('click');
    await waitIdle(page);
    await page.fill('#filter-from', '2024-12-15');
    await page.locator('#filter-from').dispatchEvent('change');
    await waitIdle(page);
    const url = page.url();
    expect(new URL(url).searchParams.get('sel')).toMatch(/^(event|statement):/);

    // Page coordinates: the first page scrolled to reach the network; the copy opens at the top.
    const snapshot = (p: Page) =>
      p.evaluate(() => ({
        marks: [...document.querySelectorAll('[data-view="timeline"] svg.timeline-chart [data-id]')].map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.getAttribute('data-id')}@${Math.round(r.x)},${Math.round(r.y + scrollY)},${Math.round(r.width)}${el.classList.contains('is-selected') ? '*' : ''}`;
        }),
        network: [...document.querySelectorAll('[data-view="network"] [data-id]')].map(
          (el) => `${el.getAttribute('data-id')}:${el.getAttribute('class')}`,
        ),
        domain: document.querySelector('svg.timeline-chart')?.getAttribute('data-domain-start'),
        panel: document.querySelector('#detail')?.getAttribute('data-selected'),
        filters: (document.querySelector('#filter-from') as HTMLInputElement).value,
      }));
    const before = await snapshot(page);
    await screenshot(page, '.timeline-panel', 'timeline-by-kind-following-sheinbaum');
    const copy = await chromium.newPage(url);
    await copy.waitForSelector('#detail[data-status="ready"]');
    expect(await snapshot(copy)).toEqual(before);
    expect(before.panel).toBeTruthy();
    expect(before.domain).toBe('2024-12-15T00:00:00.000Z');
    await page.close();
    await copy.close();
  });

  it('reaches the marks with Tab and opens the panel with Enter', async () => {
    const page = await newPage();
    let onMark = false;
    for (let i = 0; i < 40 && !onMark; i++) {
      await page.keyboard.press('Tab');
      onMark = await page.evaluate(() => document.activeElement?.matches('[data-view="timeline"] .mark') ?? false);
    }
    expect(onMark).toBe(true);
    const ring = await page.evaluate(
      () => getComputedStyle(document.activeElement!.querySelector('.focus-ring')!).stroke,
    );
    expect(ring).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => ({
      id: document.activeElement?.getAttribute('data-id'),
      type: document.activeElement?.getAttribute('data-type'),
    }));
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#detail[data-status="ready"][data-selected="${focused.type}:${focused.id}"]`);
    await page.close();
  });

  it('serves the embed page with the timeline only and no page furniture', async () => {
    const page = await newPage('/embed?lanes=kind');
    expect(await page.locator('.masthead').isVisible()).toBe(false);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('[data-view="timeline"]').isVisible()).toBe(true);
    expect(await page.locator('[data-view="network"]').isVisible()).toBe(false);
    expect(await page.locator('svg.network-chart').count()).toBe(0);
    expect((await markIds(page)).length).toBe((await timelineItems()).length);
    expect(await page.locator('.embed-footer .credit').textContent()).toContain('Thin Line News');
    // Choosing a mark keeps the view in the address and carries the choice to the full app's link.
    const first = (await markIds(page))[0]!;
    await page.locator(`[data-view="timeline"] [data-id="${first}"]`).dispatchEvent('click');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('sel'));
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get('view'), url.searchParams.get('lanes')]).toEqual([
      '/embed',
      'timeline',
      'kind',
    ]);
    const open = new URL((await page.locator('.embed-footer a.open-full').getAttribute('href'))!);
    expect(open.pathname).toBe('/');
    expect(open.searchParams.get('sel')).toBe(url.searchParams.get('sel'));
    expect(await page.locator('#detail').getAttribute('data-status')).not.toBe('loading');
    await page.close();
  });

  it('stays usable at phone width', async () => {
    const page = await chromium.newPage('/', { viewport: { width: 390, height: 844 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect((await markIds(page)).length).toBe((await timelineItems()).length);
    await page.screenshot({
      path: (await screenshot(page, '.timeline-panel', 'phone-timeline')).replace('phone-timeline', 'phone-page'),
      fullPage: true,
    });
    await page.close();
  });
});

// What a new user trips over in the first hour, in a real browser: the evidence in view after a click, the filters
// folded on a phone, a busy lane with labels and its "+N" cluster, one colour per kind in the app and the SVG,
// paraphrases not shown as quotes, dark mode and the network depth control. Writes the docs' screenshots.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { kindColour } from '../../core/palette/palette.ts';
import type { RunningApp } from '../support/start-app.ts';
import { findAll, parseXml } from '../export/support/xml-tree.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { docsScreenshot } from './docs-screenshot.ts';

const chromium = useBrowserApp();
let busyApp: RunningApp;

beforeAll(async () => {
  busyApp = await chromium.startApp({
    store: new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, 'test/fixtures/busy-lane'])),
  });
});

/** A page of its own size (900 high: the docs' screenshots), opened and idle. */
function open(url: string, viewport = { width: 1400, height: 900 }, options: { colorScheme?: 'dark' | 'light' } = {}) {
  return chromium.newPage(url, { viewport, ...options });
}

const SHEINBAUM_LANE = '[data-view="timeline"] g.lane[data-lane="claudia-sheinbaum"]';

describe('the evidence after a click', () => {
  it('at 1400×900 the panel is in the viewport, beside the chart, once a mark is clicked', async () => {
    const page = await open('/');
    const mark = page.locator('[data-view="timeline"] g.mark.statement').first();
    const id = await mark.getAttribute('data-id');
    // On the left mark of the glyph: its centre is the gap between the two commas.
    await mark.locator('path.quote').click({ position: { x: 2.5, y: 8 } });
    await page.waitForSelector(`#detail[data-status="ready"][data-selected="statement:${id}"]`);
    const panel = (await page.locator('aside.detail-panel').boundingBox())!;
    const chart = (await page.locator('#timeline-chart').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(0);
    expect(panel.y).toBeLessThan(900 - 120);
    expect(panel.x).toBeGreaterThan(chart.x + chart.width - 1);
    // The evidence itself, not just the panel's top, is on screen.
    const evidence = (await page.locator('#detail .evidence').first().boundingBox())!;
    expect(evidence.y + 20).toBeLessThan(900);
    await docsScreenshot(page, 'evidence-panel-1400x900');
  });

  it('below the wide layout the panel is scrolled to and takes focus', async () => {
    const page = await open('/', { width: 1000, height: 700 });
    const mark = page.locator('[data-view="timeline"] g.mark.statement').first();
    // On the left mark of the glyph: its centre is the gap between the two commas.
    await mark.locator('path.quote').click({ position: { x: 2.5, y: 8 } });
    await page.waitForSelector('#detail[data-status="ready"]');
    await expect.poll(async () => (await page.locator('aside.detail-panel').boundingBox())!.y).toBeLessThan(700 - 120);
    expect(await page.evaluate(() => document.activeElement?.matches('aside.detail-panel'))).toBe(true);
  });
});

describe('on a phone', () => {
  it('the filters fold behind one button, so the first screen shows the timeline', async () => {
    const page = await open('/', { width: 390, height: 844 });
    const toggle = page.locator('button.filters-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    const chart = (await page.locator('#timeline-chart').boundingBox())!;
    expect(chart.y).toBeLessThan(844 / 2);
    await docsScreenshot(page, 'phone');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#filter-text').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await page.locator('#filters').isVisible()).toBe(false);
  });
});

describe('a busy lane (the seed article and two more reports of the same week)', () => {
  const laneMarks = (page: Page) => page.locator(`[data-view="timeline"] g.mark[data-lane="claudia-sheinbaum"]`);

  it('labels the marks its rows hold and expands its "+N" cluster on click', async () => {
    const page = await open(`${busyApp.url}/`);
    const ids = await page.$$eval('[data-view="timeline"] g.mark', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-id'), labelled: !e.classList.contains('unlabelled') })),
    );
    expect(ids.length).toBeGreaterThan(30);
    const lane = page.locator(SHEINBAUM_LANE);
    expect(await lane.count()).toBe(1);
    const more = page.locator('[data-view="timeline"] text.lane-more[data-lane="claudia-sheinbaum"]');
    const before = await labelledInLane(page);
    expect(before.labelled).toBeGreaterThanOrEqual(9);
    expect(await more.textContent()).toBe(`+${before.total - before.labelled} more: show all`);
    await docsScreenshot(page.locator('#timeline-chart'), 'busy-lane');
    await more.click();
    const after = await labelledInLane(page);
    expect(after).toEqual({ total: before.total, labelled: before.total });
    expect(await more.textContent()).toBe('show fewer');
    await docsScreenshot(page.locator('#timeline-chart'), 'busy-lane-expanded');
    void laneMarks;
  });

  it('gives each kind the same colour in the app and in the server SVG, new kinds included', async () => {
    const page = await open(`${busyApp.url}/`);
    const app = await page.$$eval('[data-view="timeline"] g.mark.event', (els) =>
      els.map((e) => {
        const body = e.querySelector('.body:not([display]), .point:not([display])')!;
        return { id: e.getAttribute('data-id')!, fill: getComputedStyle(body).fill };
      }),
    );
    const svg = parseXml(await (await fetch(`${busyApp.url}/export/timeline.svg`)).text());
    const kindById = new Map(
      findAll(svg, (el) => el.attrs['data-kind'] !== undefined).map((m) => [
        m.attrs['data-id']!,
        m.attrs['data-kind']!,
      ]),
    );
    expect(app.length).toBeGreaterThan(10);
    const kinds = new Set<string>();
    for (const { id, fill } of app) {
      const kind = kindById.get(id)!;
      kinds.add(kind);
      expect(rgbToHex(fill), `${id} (${kind})`).toBe(kindColour(kind).toLowerCase());
    }
    expect(kinds).toContain('meeting');
  });
});

async function labelledInLane(page: Page): Promise<{ total: number; labelled: number }> {
  return page.evaluate(() => {
    const lane = document.querySelector('[data-view="timeline"] g.lane[data-lane="claudia-sheinbaum"] rect.lane-bg')!;
    const box = lane.getBoundingClientRect();
    const marks = [...document.querySelectorAll('[data-view="timeline"] g.mark')].filter((m) => {
      const r = (m.querySelector('.body:not([display]), .point:not([display]), .quote') ?? m).getBoundingClientRect();
      const y = r.top + r.height / 2;
      return y > box.top && y < box.bottom;
    });
    return { total: marks.length, labelled: marks.filter((m) => !m.classList.contains('unlabelled')).length };
  });
}

function rgbToHex(rgb: string): string {
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(rgb);
  if (!m) return rgb;
  return `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}

describe('paraphrases', () => {
  it('the list shows quotes in quotation marks and paraphrases with ≈ in italics, never quoted', async () => {
    const page = await open('/?show=list');
    const rows = await page.$$eval('#item-list button.item[data-type="statement"] .title', (els) =>
      els.map((e) => ({
        text: e.textContent ?? '',
        paraphrase: e.classList.contains('paraphrase'),
        style: getComputedStyle(e).fontStyle,
      })),
    );
    expect(rows.some((r) => r.paraphrase)).toBe(true);
    for (const r of rows) {
      if (r.paraphrase) {
        expect(r.text).toMatch(/^≈ /);
        expect(r.text).not.toMatch(/[“”]/);
        expect(r.style).toBe('italic');
      } else expect(r.text).toMatch(/^“.*”$/);
    }
  });
});

describe('the window fields', () => {
  it('show days as the labels do, not mm/dd/yyyy, and refuse 2025-02-29 in words', async () => {
    const page = await open('/?from=2025-02-01');
    const from = page.locator('#filter-from');
    expect(await from.inputValue()).toBe('1 February 2025');
    expect(await from.getAttribute('type')).toBe('text');
    expect(await page.locator('#filter-to').getAttribute('placeholder')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await from.fill('2025-02-29');
    await from.press('Enter');
    expect(await page.locator('#filter-from-error').textContent()).toBe(
      '“2025-02-29” is not a calendar day: February 2025 has 28 days',
    );
    expect(new URL(page.url()).searchParams.get('from')).toBe('2025-02-01');
    await from.fill('3 March 2025');
    await from.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2025-03-03');
    expect(await page.locator('#filter-from-error').textContent()).toBe('');
  });
});

describe('dark mode', () => {
  it('follows prefers-color-scheme: dark paper, light ink, data colours unchanged', async () => {
    const page = await open('/', { width: 1400, height: 900 }, { colorScheme: 'dark' });
    const look = await page.evaluate(() => {
      const luminance = (c: string) => {
        const [r, g, b] = (c.match(/\d+/g) ?? []).map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const panel = getComputedStyle(document.querySelector('.timeline-panel')!);
      return { paper: luminance(panel.backgroundColor), ink: luminance(panel.color) };
    });
    expect(look.paper).toBeLessThan(60);
    expect(look.ink).toBeGreaterThan(180);
    await docsScreenshot(page, 'dark-mode');
  });
});

describe('the network depth control', () => {
  it('widens the highlighted neighbourhood from 1 to 3 hops and keeps it in the URL', async () => {
    const page = await open('/?actor=claudia-sheinbaum');
    const bright = () => page.locator('[data-view="network"] [data-type="actor"]:not(.is-dim)').count();
    const one = await bright();
    await page.click('button[data-set-depth="2"]');
    await expect.poll(bright).toBeGreaterThan(one);
    expect(new URL(page.url()).searchParams.get('depth')).toBe('2');
    expect(await page.getAttribute('button[data-set-depth="2"]', 'aria-pressed')).toBe('true');
    await page.click('button[data-set-depth="3"]');
    await expect.poll(bright).toBeGreaterThanOrEqual(one);
    const reopened = await open(page.url());
    expect(await reopened.getAttribute('button[data-set-depth="3"]', 'aria-pressed')).toBe('true');
  });
});

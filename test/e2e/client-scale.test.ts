// The D3 client at scale, in Debian's chromium: a synthetic corpus of 1,500 items and 400 actors, past the point
// where the timeline draws density bins and the network is laid out in a worker.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { openApp, screenshot, waitIdle } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { dataIds } from './support/app-queries.ts';
import { syntheticArticle } from './synthetic-article.ts';

const chromium = useBrowserApp({ app: { store: new MemoryStore([syntheticArticle(1500, 400, 600)]) } });

describe('the D3 client at scale', () => {
  it('draws density bins above a thousand items in view, marks when zoomed in, and lays the network out in a worker', async () => {
    const page = await chromium.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await openApp(page, `${chromium.app.url}/`);
    const chart = page.locator('svg.timeline-chart');
    expect(await chart.getAttribute('data-mode')).toBe('density');
    const counts = await page.$$eval('svg.timeline-chart rect.bin title', (els) =>
      els.map((e) => Number(e.textContent?.split(' ')[0])),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1500);
    expect(workers.some((url) => url.includes('network-worker'))).toBe(true);
    expect(await page.locator('[data-view="network"] [data-type="actor"]').count()).toBe(400);
    await screenshot(page, '.timeline-panel', 'scale-timeline-density');

    // Zooming in with the wheel redraws until few enough items are in view to draw one by one.
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    for (let i = 0; i < 8 && (await chart.getAttribute('data-mode')) === 'density'; i++)
      await page.mouse.wheel(0, -600);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    await waitIdle(page);
    expect(await chart.getAttribute('data-mode')).toBe('marks');
    const marks = await dataIds(page, '[data-view="timeline"] svg.timeline-chart [data-id]');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.length).toBeLessThanOrEqual(1000);
    await page.close();
  });
});

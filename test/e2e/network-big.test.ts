// The network's batched drawing in a real browser: above a few hundred actors and a thousand relationships
// most of them are drawn as a few paths, the important actors stay focusable, and clicks still select.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { waitIdle } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { syntheticArticle } from './synthetic-article.ts';

const store = new MemoryStore([syntheticArticle(300, 900, 1500)]);
const chromium = useBrowserApp({ app: { store } });

/** A point on a batched curve with nothing else drawn over it, in page coordinates (from the batch's path data). */
function clearPointOnBatchedEdge(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('[data-view="network"] g.edge-batch path.batch-lines')!;
    const viewport = document.querySelector<SVGGElement>('[data-view="network"] g.viewport')!;
    const ctm = viewport.getScreenCTM()!;
    const number = '(-?[\\d.]+)';
    const curve = new RegExp(`M${number},${number}Q${number},${number} ${number},${number}`, 'g');
    for (const m of path.getAttribute('d')!.matchAll(curve)) {
      const [x1, y1, cx, cy, x2, y2] = m.slice(1).map(Number) as [number, number, number, number, number, number];
      const p = new DOMPoint(0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2).matrixTransform(ctm);
      if (document.elementFromPoint(p.x, p.y)?.classList.contains('background')) return { x: p.x, y: p.y };
    }
    return null;
  });
}

describe('a big network', () => {
  it('draws most actors and relationships in batches, keeps the important actors focusable, and still selects by click', async () => {
    const page = await chromium.newPage('/');
    const network = page.locator('[data-view="network"]');
    expect(await network.locator('g.edge-batch').count()).toBeGreaterThan(0);
    expect(await network.locator('g.node-batch').count()).toBeGreaterThan(0);
    const separate = await network.locator('[data-type="actor"]').count();
    expect(separate).toBeGreaterThan(10);
    expect(separate).toBeLessThanOrEqual(300);
    // Arrow keys walk the separate actors.
    const first = network.locator('[data-type="actor"][tabindex="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-type'))).toBe('actor');

    // A click on a batched relationship (it lies under the background's click target) selects it.
    const point = await clearPointOnBatchedEdge(page);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await waitIdle(page);
    const selected = new URL(page.url()).searchParams.get('sel');
    expect(selected).toMatch(/^relationship:/);
    // The selected relationship is drawn separately, so it can be focused and shows as selected.
    const id = selected!.slice('relationship:'.length);
    expect(await network.locator(`[data-type="relationship"][data-id="${id}"]`).getAttribute('aria-pressed')).toBe(
      'true',
    );

    // The path finder offers every actor in both its selects (added a slice per frame after the network came in).
    const actors = (await store.network({ actorIds: [], depth: 0, window: null, match: 'OVERLAPS' })).nodes.length;
    expect(actors).toBeGreaterThan(400);
    for (const name of ['from', 'to'])
      await expect.poll(() => page.locator(`#network-paths select[name="${name}"] option.actor`).count()).toBe(actors);
    const last = await page.locator('#network-paths select[name="to"] option.actor').last().getAttribute('value');
    await page.locator('#network-paths select[name="to"]').selectOption(last!);
    expect(await page.locator('#network-paths select[name="to"]').inputValue()).toBe(last);
    await page.close();
  }, 120_000);
});

// "How are these two connected?" in the network view, in Chromium: focusing one actor in the network picks
// the first end, choosing another picks the second; the shortest paths are highlighted in the network and
// listed hop by hop with their evidence.
import { describe, expect, it } from 'vitest';
import { gql } from '../support/gql.ts';
import { screenshot, waitIdle } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';

const chromium = useBrowserApp();

describe('paths in the network view', () => {
  it('highlights the paths from Bukele to Trump and lists each hop with its evidence', async () => {
    const expected = await gql<{ paths: Array<{ hops: Array<{ relationship: { id: string } }> }> }>(
      chromium.app.url,
      `{ paths(from: "nayib-bukele", to: "donald-trump", maxHops: 4) { hops { relationship { id } } } }`,
    );
    const pathEdges = new Set(expected.data!.paths.flatMap((p) => p.hops.map((h) => h.relationship.id)));
    expect(pathEdges.size).toBeGreaterThan(3);

    const page = await chromium.newPage('/');
    // Focusing Bukele in the network picks him as the first end.
    await page.click('[data-view="network"] [data-id="nayib-bukele"] path.symbol');
    await waitIdle(page);
    await expect.poll(() => page.locator('#network-paths select[name="from"]').inputValue()).toBe('nayib-bukele');
    await page.locator('#network-paths select[name="to"]').selectOption('donald-trump');
    await page.click('#network-paths button.find-paths');
    await page.waitForSelector('#network-paths li.path');

    await expect
      .poll(() => page.locator('#network-paths p.path-status').textContent())
      .toBe('4 shortest paths of 3 relationships');
    const paths = page.locator('#network-paths li.path');
    expect(await paths.count()).toBe(4);
    expect(await paths.first().locator('p.path-actors').textContent()).toBe(
      'Nayib Bukele → Mexico → Claudia Sheinbaum → Donald Trump',
    );
    const firstHop = paths.first().locator('li.hop').first();
    expect(await firstHop.locator('.hop-what').textContent()).toBe(
      'Nayib Bukele criticised Mexico · on or before 5 May 2025',
    );
    expect(await firstHop.locator('q.evidence-quote').first().textContent()).toContain('vocal critic of Mexico');
    // Every hop lists at least one evidence quote and where it is from.
    const hops = page.locator('#network-paths li.hop');
    expect(await hops.count()).toBe(12);
    for (const hop of await hops.all()) {
      expect(await hop.locator('q.evidence-quote').count()).toBeGreaterThan(0);
      expect(await hop.locator('cite').first().textContent()).toContain('Thin Line News');
    }

    // In the network: exactly the paths' relationships are marked, every other one dimmed.
    const onPath = await page.$$eval('[data-view="network"] g.edge.is-on-path', (els) =>
      els.map((e) => e.getAttribute('data-id') ?? ''),
    );
    expect(new Set(onPath)).toEqual(pathEdges);
    const others = await page.$$eval('[data-view="network"] g.edge:not(.is-on-path)', (els) =>
      els.map((e) => e.classList.contains('is-dim')),
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others.every(Boolean)).toBe(true);
    await screenshot(page, '.network-panel', 'network-paths');

    // Clear returns the network to the focused actor's neighbourhood.
    await page.click('#network-paths button.clear-paths');
    await expect.poll(() => page.locator('[data-view="network"] g.edge.is-on-path').count()).toBe(0);
    expect(await page.locator('#network-paths li.path').count()).toBe(0);
  });

  it('says so when two actors are not connected, and asks nothing for the same actor twice', async () => {
    const page = await chromium.newPage('/');
    const from = page.locator('#network-paths select[name="from"]');
    const to = page.locator('#network-paths select[name="to"]');
    const status = page.locator('#network-paths p.path-status');
    await from.selectOption('nayib-bukele');
    await to.selectOption('nayib-bukele');
    await page.click('#network-paths button.find-paths');
    expect(await status.textContent()).toBe('');
    // The USA Herald is cited by the article but is party to no relationship.
    await to.selectOption('usa-herald');
    await page.click('#network-paths button.find-paths');
    await expect.poll(() => status.textContent()).toBe('Not connected within 4 relationships.');
    expect(await page.locator('#network-paths li.path').count()).toBe(0);
    expect(await page.locator('[data-view="network"] g.edge.is-on-path').count()).toBe(0);
  });
});

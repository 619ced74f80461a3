// What "the whole range drawn from counts" means in the browser tests of a large corpus: the chart and the overview
// drawn from timelineDensity's counts, not one item page fetched, and every density answer received.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { GraphQLCall } from '../../support/graphql-traffic.ts';

const chart = (page: Page) => page.locator('#timeline-chart svg.timeline-chart');

/**
 * Checks the page and returns its Density requests, for the test to count and weigh. `minBinShapes`: the chart's
 * bins are a rect each, or one path per lane when drawn the cheap way (provisional data), so fewer shapes there.
 */
export async function expectDrawnFromCounts(
  page: Page,
  traffic: { of(operation: string): GraphQLCall[] },
  { minBinShapes = 21 } = {},
): Promise<GraphQLCall[]> {
  expect(await chart(page).getAttribute('data-source')).toBe('counts');
  expect(await chart(page).getAttribute('data-mode')).toBe('density');
  expect(await chart(page).locator('g.bins rect, g.bins path').count()).toBeGreaterThanOrEqual(minBinShapes);
  expect(await page.locator('svg.overview g.bars rect').count()).toBeGreaterThan(50);
  // Zoomed out, not a single item page.
  expect(traffic.of('Timeline')).toEqual([]);
  const density = traffic.of('Density');
  expect(density.length).toBeGreaterThan(0);
  expect(density.every((c) => c.failed === null && c.bytes > 0)).toBe(true);
  return density;
}

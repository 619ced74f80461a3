// In Debian's chromium, against the real built client: a page on another origin can frame the embed page
// and its marks render there, while a normal page of the app refuses to be framed by it. The same client
// is served on both routes, so only the route's framing policy differs.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitIdle } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import type { RunningApp } from '../support/start-app.ts';
import { fullTimeline } from '../support/full-timeline.ts';
import { startFramingHost, type FramingHost } from './support/framing-host.ts';

const chromium = useBrowserApp({ app: null });
let host: FramingHost;

beforeAll(async () => {
  host = await startFramingHost();
});
afterAll(() => host?.close());

async function framedFrom(page: Page, framingHost: FramingHost, src: string): Promise<Frame> {
  await page.goto(framingHost.pageFraming(src));
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** Resolves with the console error chromium logs when it blocks a frame. */
function refusal(page: Page): Promise<string> {
  return page
    .waitForEvent('console', { predicate: (m) => /frame-ancestors|X-Frame-Options/i.test(m.text()), timeout: 15_000 })
    .then((m) => m.text());
}

describe('framing the app from another origin', () => {
  let app: RunningApp;
  let itemCount: number;
  beforeAll(async () => {
    app = await chromium.startApp();
    itemCount = (await app.store.timeline(fullTimeline({ first: 0 }))).totalCount;
  });

  it('renders the embed page inside the other origin’s iframe, with one mark per timeline item', async () => {
    const page = await chromium.newPage();
    try {
      const frame = await framedFrom(page, host, `${app.url}/embed?view=timeline`);
      await waitIdle(frame);
      expect(frame.url()).toBe(`${app.url}/embed?view=timeline`);
      expect(new URL(page.url()).origin).not.toBe(app.url);
      expect(itemCount).toBeGreaterThan(0);
      expect(await frame.locator('[data-id]').count()).toBe(itemCount);
      const box = await frame.locator('svg.timeline-chart [data-id]').first().boundingBox();
      expect(box?.width).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('refuses to show a normal page of the app in that iframe', async () => {
    const page = await chromium.newPage();
    try {
      const refused = refusal(page);
      const frame = await framedFrom(page, host, `${app.url}/`);
      expect(await refused).toMatch(/frame-ancestors 'self'|X-Frame-Options/i);
      expect(frame.url()).not.toContain(app.url);
      expect(await frame.locator('[data-id]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('EMBED_FRAME_ANCESTORS', () => {
  let app: RunningApp;
  let stranger: FramingHost;
  beforeAll(async () => {
    app = await chromium.startApp({ embedFrameAncestors: host.origin });
    stranger = await startFramingHost();
  });
  afterAll(() => stranger?.close());

  it('lets the listed origin embed and refuses any other', async () => {
    const page = await chromium.newPage();
    try {
      const allowed = await framedFrom(page, host, `${app.url}/embed?view=timeline`);
      await waitIdle(allowed);
      expect(await allowed.locator('svg.timeline-chart [data-id]').count()).toBeGreaterThan(0);
      const refused = refusal(page);
      const blocked = await framedFrom(page, stranger, `${app.url}/embed?view=timeline`);
      expect(await refused).toContain('frame-ancestors');
      expect(blocked.url()).not.toContain(app.url);
    } finally {
      await page.close();
    }
  });
});

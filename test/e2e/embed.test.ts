// Embedding and pictures, in Debian's chromium against the real built client: the Embed dialog's snippet
// pasted into another site's page, the network-only embed page, and SVG and PNG downloads of both views.
import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindColour } from '../../core/palette/palette.ts';
import { gql } from '../support/gql.ts';
import { findAll, parseXml } from '../export/support/xml-tree.ts';
import { screenshot, SCREENSHOT_DIR, waitIdle } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { actorId as findActor, dataIds } from './support/app-queries.ts';
import { startReportHost, type ReportHost } from './report-host.ts';

const chromium = useBrowserApp();
let host: ReportHost;

beforeAll(async () => {
  host = await startReportHost();
  await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.app.url });
});

afterAll(() => host?.close());

const actorId = (search: string) => findActor(chromium.app.url, search);

const timelineMarks = (page: Page | Frame) => dataIds(page, 'svg.timeline-chart g.mark[data-id]');
const networkActors = (page: Page | Frame) => dataIds(page, 'svg.network-chart [data-type="actor"]');

/** The frame of the first iframe on a page, once its app has drawn. */
async function embeddedFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  await waitIdle(frame);
  return frame;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('the Embed action', () => {
  it('writes a snippet that shows the same timeline in another site’s page', async () => {
    const sheinbaum = await actorId('Sheinbaum');
    const page = await chromium.newPage(`/?from=2024-12-15&lanes=kind&actor=${sheinbaum}`);
    const shown = await timelineMarks(page);
    expect(shown.length).toBeGreaterThan(0);

    await page.click('[data-embed="timeline"]');
    const dialog = page.locator('dialog.embed-dialog[open]');
    await dialog.waitFor();
    const snippet = await dialog.locator('#embed-code').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="[^"]+" width="100%" height="480" style="border:0" title="Timeline: [^"]+" loading="lazy"><\/iframe>$/,
    );
    const src = new URL(
      await page.evaluate(
        (html) => new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!.getAttribute('src')!,
        snippet,
      ),
    );
    expect(`${src.origin}${src.pathname}`).toBe(`${chromium.app.url}/embed`);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      view: 'timeline',
      from: '2024-12-15',
      lanes: 'kind',
      actor: sheinbaum,
    });
    expect(await dialog.locator('a.preview').getAttribute('href')).toBe(src.href);

    // Copy puts exactly the snippet on the clipboard.
    await dialog.locator('button.copy-embed').click();
    await dialog.locator('.copy-status', { hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // The export links carry the same filters, and each answers.
    const svgLink = new URL((await dialog.locator('a[data-export="timelineSvg"]').getAttribute('href'))!);
    expect(Object.fromEntries(svgLink.searchParams)).toEqual({
      from: '2024-12-15',
      actorIds: sheinbaum,
      laneBy: 'kind',
    });
    for (const key of ['timelineSvg', 'timelineJS', 'timelineCsv', 'networkGraphml', 'networkJson']) {
      const href = (await dialog.locator(`a[data-export="${key}"]`).getAttribute('href'))!;
      expect(new URL(href).searchParams.get('from'), key).toBe('2024-12-15');
      expect((await fetch(href)).status, key).toBe(200);
    }
    await screenshot(page, 'dialog.embed-dialog', 'embed-dialog');
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.embed-dialog[open]').count()).toBe(0);

    // Pasted into a page on another origin, the snippet shows the same marks, and nothing else.
    const report = await chromium.newPage();
    await report.goto(host.pageWith(snippet));
    const frame = await embeddedFrame(report);
    expect(frame.url()).toBe(src.href);
    expect(await timelineMarks(frame)).toEqual(shown);
    expect(await frame.locator('svg.network-chart').count()).toBe(0);
    expect(await frame.locator('.masthead').isVisible()).toBe(false);
    const credit = await frame.locator('.embed-footer .credit').textContent();
    expect(credit).toContain('Thin Line News');
    expect(credit).toContain('5 May 2025');
    const open = frame.locator('.embed-footer a.open-full');
    expect(await open.textContent()).toBe('Open in kg-timeline');
    expect([await open.getAttribute('target'), await open.getAttribute('rel')]).toEqual(['_blank', 'noopener']);
    const full = new URL((await open.getAttribute('href'))!);
    expect(`${full.origin}${full.pathname}`).toBe(`${chromium.app.url}/`);
    expect(Object.fromEntries(full.searchParams)).toEqual({ from: '2024-12-15', lanes: 'kind', actor: sheinbaum });
    await report.screenshot({ path: `${SCREENSHOT_DIR}embed-in-report.png` });
    await report.close();
    await page.close();
  });

  it('embeds the network alone, filling its frame and following the frame’s size', async () => {
    const graph = await gql<{ network: { nodes: Array<{ id: string }> } }>(
      chromium.app.url,
      '{ network { nodes { id } } }',
    );
    const page = await chromium.newPage();
    await page.goto(
      host.pageWith(
        `<iframe src="${chromium.app.url}/embed?view=network" width="100%" height="420" style="border:0" title="Network"></iframe>`,
      ),
    );
    const frame = await embeddedFrame(page);
    expect(await networkActors(frame)).toEqual(graph.data!.network.nodes.map((n) => n.id).sort());
    expect(await frame.locator('svg.timeline-chart').count()).toBe(0);
    expect(await frame.locator('[data-view="timeline"] [data-id]').count()).toBe(0);
    expect(await frame.locator('.embed-footer .credit').textContent()).toContain('Thin Line News');

    const size = () =>
      frame.evaluate(() => {
        const svg = document.querySelector('svg.network-chart')!.getBoundingClientRect();
        const footer = document.querySelector('.embed-footer')!.getBoundingClientRect();
        return {
          width: svg.width,
          height: svg.height,
          viewportWidth: innerWidth,
          footerBottom: footer.bottom,
          viewportHeight: innerHeight,
        };
      });
    const before = await size();
    // Full width less the panel's padding; the chart, legend and credit together fill the frame's height.
    expect(before.width).toBeGreaterThan(before.viewportWidth - 32);
    expect(before.footerBottom).toBeCloseTo(before.viewportHeight, 0);
    expect(before.height).toBeGreaterThan(200);
    await screenshot(page, 'iframe', 'embed-network');

    await page.locator('iframe').evaluate((el) => el.setAttribute('height', '640'));
    await frame.waitForFunction(
      (h) => document.querySelector('svg.network-chart')!.getBoundingClientRect().height > h + 150,
      before.height,
    );
    await waitIdle(frame);
    const after = await size();
    expect(after.footerBottom).toBeCloseTo(after.viewportHeight, 0);
    expect(await networkActors(frame)).toEqual(graph.data!.network.nodes.map((n) => n.id).sort());
    await page.close();
  });

  it('leaves the wheel to the page around an embed unless Ctrl is held', async () => {
    const page = await chromium.newPage('/embed?view=timeline');
    const chart = page.locator('svg.timeline-chart');
    const box = (await chart.boundingBox())!;
    const start = await chart.getAttribute('data-domain-start');
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(300);
    expect(await chart.getAttribute('data-domain-start')).toBe(start);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await page.waitForFunction(
      (s) => document.querySelector('svg.timeline-chart')?.getAttribute('data-domain-start') !== s,
      start,
    );
    await page.close();
  });
});

describe('pictures of the views', () => {
  it('downloads the timeline as an SVG holding every mark, and as a PNG', async () => {
    const page = await chromium.newPage('/?lanes=kind');
    const marks = await timelineMarks(page);

    const svg = await downloaded(page, () => page.click('[data-download="timeline"][data-format="svg"]'));
    expect(svg.name).toBe('timeline.svg');
    const root = parseXml(svg.bytes.toString('utf8'));
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.children.find((c) => c.attrs.class === 'background')?.attrs.fill).toBe('#ffffff');
    const inPicture = findAll(root, (e) => (e.attrs.class ?? '').split(' ').includes('mark'));
    expect(inPicture.map((e) => e.attrs['data-id']).sort()).toEqual(marks);
    // Standalone: the look is in the file, not in the page's stylesheet, each kind in the palette's colour.
    for (const mark of inPicture.filter((e) => e.attrs['data-kind'] !== 'statement')) {
      const body = findAll(mark, (e) => e.attrs.class === 'body' || e.name === 'circle')[0]!;
      expect(body.attrs.fill, mark.attrs['data-id']).toMatch(
        new RegExp(`^(${kindColour(mark.attrs['data-kind']!)}|url\\(#fade-.*\\))$`),
      );
    }
    expect(findAll(root, (e) => 'tabindex' in e.attrs || ('role' in e.attrs && e !== root))).toEqual([]);
    expect(
      findAll(root, (e) => e.attrs.class === 'credit')[0]
        ?.children.map((t) => t.text)
        .join(' '),
    ).toContain('Thin Line News');
    const width = Number(root.attrs.width);

    const png = await downloaded(page, () => page.click('[data-download="timeline"][data-format="png"]'));
    expect(png.name).toBe('timeline.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(30_000);
    // The IHDR chunk: drawn at twice the picture's size.
    expect(png.bytes.readUInt32BE(16)).toBe(width * 2);
    expect(png.bytes.readUInt32BE(20)).toBe(Number(root.attrs.height) * 2);
    await page.close();
  });

  it('downloads the network as an SVG holding every actor shown, and as a PNG', async () => {
    const sheinbaum = await actorId('Sheinbaum');
    const page = await chromium.newPage(`/?from=2025-01-01&to=2025-02-28&actor=${sheinbaum}`);
    const actors = await networkActors(page);
    const dimmed = await dataIds(page, 'svg.network-chart [data-type="actor"].is-dim');
    expect(dimmed.length).toBeGreaterThan(0);

    const svg = await downloaded(page, () => page.click('[data-download="network"][data-format="svg"]'));
    expect(svg.name).toBe(`network-2025-01-01-to-2025-02-28-${sheinbaum}.svg`);
    const root = parseXml(svg.bytes.toString('utf8'));
    const nodes = findAll(root, (e) => e.attrs['data-type'] === 'actor');
    expect(nodes.map((e) => e.attrs['data-id']).sort()).toEqual(actors);
    // Dimmed actors stay dimmed in the picture.
    expect(
      nodes
        .filter((e) => Number(e.attrs.opacity ?? 1) < 1)
        .map((e) => e.attrs['data-id'])
        .sort(),
    ).toEqual(dimmed);
    expect(findAll(root, (e) => e.attrs.class === 'summary')[0]?.text).toContain('following');

    const png = await downloaded(page, () => page.click('[data-download="network"][data-format="png"]'));
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(20_000);
    await page.close();
  });

  it('offers no timeline picture while the list is shown', async () => {
    const page = await chromium.newPage('/?show=list');
    expect(await page.locator('[data-download="timeline"][data-format="svg"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-download="network"][data-format="svg"]').isDisabled()).toBe(false);
    await page.close();
  });
});

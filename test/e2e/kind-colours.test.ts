// One colour per kind everywhere, over the seed article and a generated corpus of a hundred articles (known kinds
// and kinds outside the vocabulary, hashed): the app's marks and legend, the embed page, the app's SVG download
// and the server's SVG export all give each kind core/palette's colour, and adding the corpus to the seed moves
// no colour. The CSV, TimelineJS and network exports carry no kind colour at all, so none can disagree.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/generate-corpus.ts';
import { humanizeKind, kindColour } from '../../core/palette/palette.ts';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { findAll, parseXml, type XmlElement } from '../export/support/xml-tree.ts';
import type { RunningApp } from '../support/start-app.ts';
import { waitIdle } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';

/** The seed's window and the corpus's two years in one view, lanes by kind. */
const VIEW = 'from=2015-01-01&to=2025-12-31&lanes=kind';
const EXPORT_VIEW = 'from=2015-01-01&to=2025-12-31&laneBy=kind';

const chromium = useBrowserApp();
let corpusDir: string;
let corpus: RunningApp;
let kindById: Map<string, string>;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'kg-colour-corpus-'));
  const summary = await writeCorpus(corpusDir, {
    events: 200,
    eventsPerArticle: 2,
    reportsPerArticle: [0, 0],
    years: 2,
  });
  expect(summary.articles).toBe(100);
  const articles = await loadArticles([DEFAULT_ARTICLES_DIR, corpusDir]);
  corpus = await chromium.startApp({ store: new MemoryStore(articles) });
  kindById = new Map(articles.flatMap((a) => a.events.map((e) => [e.id, e.kind])));
}, 120_000);

afterAll(async () => {
  if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
});

/** A page in a context of its own, opened and idle. */
const open = (url: string): Promise<Page> => chromium.newPage(url, { viewport: { width: 1400, height: 1000 } });

const hex = (colour: string) => {
  const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(colour);
  return (
    m
      ? `#${m
          .slice(1)
          .map((n) => Number(n).toString(16).padStart(2, '0'))
          .join('')}`
      : colour
  ).toLowerCase();
};
const expected = (kind: string) => kindColour(kind).toLowerCase();

/** Event mark id -> the colour its body is painted in, as the browser computes it. */
async function drawnColours(page: Page): Promise<Map<string, string>> {
  await waitIdle(page);
  const drawn = await page.$$eval('svg.timeline-chart g.mark.event', (els) =>
    els.map((e) => {
      const body = e.querySelector('.body:not([display]), .point:not([display])')!;
      return [e.getAttribute('data-id')!, getComputedStyle(body).fill] as const;
    }),
  );
  return new Map(drawn.map(([id, fill]) => [id, hex(fill)]));
}

/** Humanised kind -> swatch colour, from the HTML legend. */
async function legendColours(page: Page): Promise<Map<string, string>> {
  const items = await page.$$eval('#timeline-legend li', (lis) =>
    lis.flatMap((li) => {
      const fill = li.querySelector('svg rect')?.getAttribute('fill');
      return fill ? [[li.textContent!.trim(), fill] as const] : [];
    }),
  );
  return new Map(items.map(([label, fill]) => [label, hex(fill)]));
}

/** Event mark id -> the palette colour its body carries, in an SVG picture (a faded bar: its gradient's colour). */
function pictureColours(root: XmlElement): Map<string, string> {
  const stops = new Map(
    findAll(root, (e) => e.name === 'linearGradient').map((g) => [g.attrs.id!, g.children[0]!.attrs['stop-color']!]),
  );
  const marks = findAll(root, (e) => (e.attrs.class ?? '').split(' ').includes('mark-event'));
  return new Map(
    marks.map((m) => {
      const fill = findAll(m, (e) => e.attrs.class === 'body' || e.name === 'circle')[0]!.attrs.fill!;
      const gradient = /^url\(#(.+)\)$/.exec(fill)?.[1];
      return [m.attrs['data-id']!, (gradient ? stops.get(gradient)! : fill).toLowerCase()];
    }),
  );
}

function expectPalette(colours: Map<string, string>, where: string): Set<string> {
  const kinds = new Set<string>();
  for (const [id, colour] of colours) {
    const kind = kindById.get(id)!;
    kinds.add(kind);
    expect(colour, `${where}: ${id} (${kind})`).toBe(expected(kind));
  }
  return kinds;
}

describe('one colour per kind, over the seed and a hundred generated articles', () => {
  it('the app’s marks and legend', async () => {
    const page = await open(`${corpus.url}/?${VIEW}`);
    const marks = await drawnColours(page);
    expect(marks.size).toBeGreaterThan(200);
    const kinds = expectPalette(marks, 'app');
    // Kinds of the vocabulary and kinds outside it (hashed), both drawn.
    expect(kinds).toContain('directive');
    expect(kinds).toContain('summit');
    const legend = await legendColours(page);
    for (const kind of kinds) expect(legend.get(humanizeKind(kind)), `legend: ${kind}`).toBe(expected(kind));
    await page.close();
  });

  it('the embed page', async () => {
    const page = await open(`${corpus.url}/embed?view=timeline&${VIEW}`);
    const marks = await drawnColours(page);
    expect(marks.size).toBeGreaterThan(200);
    expectPalette(marks, 'embed');
    await page.close();
  });

  it('the app’s SVG download and the server’s SVG export, marks and legend', async () => {
    const page = await open(`${corpus.url}/?${VIEW}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-download="timeline"][data-format="svg"]'),
    ]);
    const downloaded = parseXml(await readFile((await download.path())!, 'utf8'));
    await page.close();
    const exported = parseXml(await (await fetch(`${corpus.url}/export/timeline.svg?${EXPORT_VIEW}`)).text());
    for (const [where, root] of [
      ['download', downloaded],
      ['export', exported],
    ] as const) {
      const kinds = expectPalette(pictureColours(root), where);
      expect(kinds.size).toBeGreaterThan(10);
      const legend = findAll(root, (e) => e.attrs.class === 'legend')[0]!;
      const labels = legend.children.filter((c) => c.name === 'text').map((t) => t.text);
      const swatches = legend.children.filter((c) => c.attrs.class === 'swatch');
      for (const kind of kinds) {
        const swatch = swatches[labels.indexOf(humanizeKind(kind))];
        expect(swatch && findAll(swatch, (e) => e.name === 'rect')[0]?.attrs.fill, `${where} legend: ${kind}`).toBe(
          kindColour(kind),
        );
      }
    }
  });

  it('keeps the seed’s colours when the corpus is added', async () => {
    const alone = pictureColours(parseXml(await (await fetch(`${chromium.app.url}/export/timeline.svg`)).text()));
    const together = pictureColours(parseXml(await (await fetch(`${corpus.url}/export/timeline.svg`)).text()));
    expect(alone.size).toBeGreaterThan(5);
    for (const [id, colour] of alone) expect(together.get(id), id).toBe(colour);
  });

  it('puts no kind colour in the CSV, TimelineJS or network exports', async () => {
    for (const file of ['timeline.csv', 'timelinejs.json', 'network.json', 'network.graphml']) {
      const body = await (await fetch(`${corpus.url}/export/${file}?${EXPORT_VIEW}`)).text();
      expect(body.length, file).toBeGreaterThan(1000);
      expect(body.match(/#[0-9a-f]{6}\b/gi) ?? [], file).toEqual([]);
    }
  });
});

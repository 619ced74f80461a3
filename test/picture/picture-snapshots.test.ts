// The timeline picture pinned by SVG snapshots (svg-snapshot.ts says how to rewrite them), drawn by the server's
// /export/timeline.svg for a few representative views; and the app's download, built from what the app fetches
// (the client's query and toEntries), is the same file byte for byte.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../client/src/api/graphql-client.ts';
import { timelinePicture } from '../../core/picture/timeline-picture.ts';
import { toEntries } from '../../core/timeline/to-entries.ts';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { svgDomain } from '../../server/export/svg-domain.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { findAll, parseXml } from '../export/support/xml-tree.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { expectSvgSnapshot } from './svg-snapshot.ts';

const CLAIMS = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const DATES = fileURLToPath(new URL('../fixtures/claims-dates/', import.meta.url));

let seed: RunningApp;
let four: RunningApp;
beforeAll(async () => {
  seed = await startApp();
  four = await startApp({ store: new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS, DATES])) });
});
afterAll(async () => {
  await seed?.close();
  await four?.close();
});

async function exported(app: RunningApp, query: string): Promise<string> {
  const res = await fetch(`${app.url}/export/timeline.svg${query}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return text;
}

describe('timeline picture snapshots', () => {
  it.each([
    ['seed-article', () => seed, ''],
    ['disputed-item', () => four, '?sourceIds=test-wire-2025-05-06&width=900'],
    ['many-sources', () => four, '?width=1000&laneBy=kind'],
    ['paraphrase', () => seed, '?from=2025-04-20&to=2025-05-10&width=1400'],
    ['empty', () => seed, '?from=1990-01-01&to=1990-01-31&width=640'],
  ])('%s', async (name, app, query) => {
    expectSvgSnapshot(name, await exported(app(), query));
  });

  it('names every one of four sources in the credit, wrapped to the width', async () => {
    const root = parseXml(await exported(four, '?width=400'));
    const lines = findAll(root, (e) => e.attrs.class === 'credit')[0]!.children.map((t) => t.text);
    expect(lines.length).toBeGreaterThan(4);
    for (const publisher of ['Newsweek', 'The Daily Beast', 'Thin Line News', 'Test Wire'])
      expect(lines.join(' ')).toContain(publisher);
    expect(lines.join(' ')).not.toMatch(/articles from|…/);
  });
});

describe('the app’s timeline download', () => {
  it.each([
    ['the seed', () => seed, 'actor', 1200],
    ['four sources with disputes', () => four, 'kind', 900],
  ] as const)('is the server’s SVG export of the same view, for %s', async (_, app, laneBy, width) => {
    // What the app holds: read by its own GraphQL client, turned into entries by its own toEntries.
    const client = createGraphQLClient(`${app().url}/graphql`);
    const entries = toEntries(await client.timeline());
    const { sources } = await client.sourcesPage({ first: 100 });
    const server = await exported(app(), `?width=${width}&laneBy=${laneBy}`);
    const root = parseXml(server);
    // The caption is the caller's (the app words it from the URL state); the picture is the builder's.
    const caption = (name: string) => root.children.find((c) => c.name === name)!.text;
    const download = timelinePicture({
      entries,
      width,
      domain: svgDomain(entries, { from: null, to: null }),
      laneBy,
      heading: caption('title'),
      summary: caption('desc'),
      // The app holds its sources in the order it loaded them: the credit orders them itself.
      sources: [...sources].reverse(),
    });
    expect(entries.length).toBeGreaterThan(10);
    expect(download.svg).toBe(server);
  });
});

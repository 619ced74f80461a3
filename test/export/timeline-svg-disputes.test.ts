// GET /export/timeline.svg with several sources: every disputed item carries the badge, a disputed date
// each source's range (named), the legend explains the badge, the credit names every source, and
// `sourceIds` narrows the picture to what one outlet reports. The seed alone has no dispute, and no badge.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { findAll, parseXml, type XmlElement } from './support/xml-tree.ts';

const CLAIMS = fileURLToPath(new URL('../fixtures/claims/', import.meta.url));
const DATES = fileURLToPath(new URL('../fixtures/claims-dates/', import.meta.url));
const WIRE = 'test-wire-2025-05-06';

let app: RunningApp;
let seedOnly: RunningApp;

beforeAll(async () => {
  app = await startApp({ store: new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS, DATES])) });
  seedOnly = await startApp();
});
afterAll(async () => {
  await app?.close();
  await seedOnly?.close();
});

async function svg(url: string, query = ''): Promise<XmlElement> {
  const res = await fetch(`${url}/export/timeline.svg${query}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return parseXml(text);
}

const marks = (root: XmlElement) => findAll(root, (el) => el.name === 'g' && el.attrs['data-id'] !== undefined);
const hasBadge = (el: XmlElement) => el.children.some((c) => c.attrs.class === 'dispute-badge');
const texts = (root: XmlElement, cls: string) =>
  findAll(root, (el) => el.attrs.class === cls)
    .flatMap((g) => findAll(g, (el) => el.name === 'text'))
    .map((t) => t.text)
    .join(' ');

async function disputedItems(): Promise<string[]> {
  const page = await app.store.listDisputes({ first: 500, after: null });
  const ids = page.items
    .filter((e) => e.node.subjectType === 'Event' || e.node.subjectType === 'Statement')
    .map((e) => e.node.subjectId);
  return [...new Set(ids)].sort();
}

describe('the timeline SVG with disputes', () => {
  it('marks every disputed item and draws each source’s range of a disputed date', async () => {
    const root = await svg(app.url);
    const all = marks(root);
    const disputed = all.filter((m) => m.attrs['data-disputed']);
    expect(disputed.map((m) => m.attrs['data-id']).sort()).toEqual(await disputedItems());
    expect(all.filter(hasBadge)).toEqual(disputed);
    const designation = all.find((m) => m.attrs['data-id'] === '2025-02-us-cartel-fto-designation')!;
    expect(designation.attrs['data-disputed']).toBe('date');
    const ranges = findAll(designation, (el) => el.attrs.class === 'claim-range');
    expect(ranges.map((r) => findAll(r, (el) => el.name === 'title')[0]?.text)).toEqual([
      'Thin Line News: February 2025',
      'Test Wire: March 2025',
    ]);
    // February lies before March on the axis, and the two do not overlap.
    const [feb, mar] = ranges.map((r) => ({ x: Number(r.attrs.x), x2: Number(r.attrs.x) + Number(r.attrs.width) }));
    expect(feb!.x2).toBeLessThanOrEqual(mar!.x + 0.01);
    expect(texts(root, 'legend')).toContain('Sources disagree');
    const credit = texts(root, 'credit');
    for (const publisher of ['Newsweek', 'The Daily Beast', 'Thin Line News', 'Test Wire'])
      expect(credit).toContain(publisher);
  });

  it('shows only what one outlet reports with sourceIds', async () => {
    const ids = marks(await svg(app.url, `?sourceIds=${WIRE}`)).map((m) => m.attrs['data-id']);
    expect(ids.sort()).toEqual(['2025-02-us-cartel-fto-designation', 'sheinbaum-eastern-mexico-speech-on-sovereignty']);
  });

  it('has no dispute mark where the sources agree', async () => {
    const root = await svg(seedOnly.url);
    expect(marks(root).length).toBeGreaterThan(0);
    expect(findAll(root, (el) => el.attrs.class === 'dispute-badge')).toEqual([]);
    expect(texts(root, 'legend')).not.toContain('Sources disagree');
  });
});

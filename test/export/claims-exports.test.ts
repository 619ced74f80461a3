// Exports of a graph built from several reports: every CSV row and TimelineJS slide names its item's sources and
// says whether they disagree; GraphML and the network JSON carry both as attributes.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { loadNetworkData } from '../../server/export/network-data.ts';
import { toGraphml } from '../../server/export/network-graphml.ts';
import { toNetworkJson } from '../../server/export/network-json.ts';
import { loadTimelineData, type TimelineData } from '../../server/documents/timeline-data.ts';
import type { TIMELINE_CSV_COLUMNS } from '../../server/export/timeline-csv.ts';
import { toTimelineCsv } from '../../server/export/timeline-csv.ts';
import { toTimelineJS } from '../../server/documents/timelinejs.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { CLAIMS_DIR } from '../contract/claims-contract.ts';
import { findAll, parseXml } from './support/xml-tree.ts';

type Row = Record<(typeof TIMELINE_CSV_COLUMNS)[number], string>;
const NOT_FOR_SALE = 'claudia-sheinbaum-sovereignty-is-not-for-sale';
const SPEECH = 'sheinbaum-eastern-mexico-speech-on-sovereignty';
const THREE = 'daily-beast-2025-05-04; newsweek-2025-05-03; thin-line-news-2025-05-05';

describe('exports carry sources and disputes', () => {
  let store: MemoryStore;
  let timeline: TimelineData;

  beforeAll(async () => {
    store = new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR]));
    timeline = await loadTimelineData(store, { window: { from: null, to: null }, match: 'OVERLAPS', actorIds: [] });
  });

  it('CSV: each row has its item’s sources and whether, and on what, they disagree', () => {
    const rows = parse(toTimelineCsv(timeline), { columns: true }) as Row[];
    const disputed = rows.filter((r) => r.item_id === NOT_FOR_SALE);
    expect(disputed.length).toBeGreaterThan(1);
    for (const r of disputed) expect(r).toMatchObject({ item_source_ids: THREE, disputed: 'yes' });
    expect(disputed[0]!.disputed_fields.split('; ')).toContain('event');
    expect(rows.find((r) => r.item_id === SPEECH)).toMatchObject({ item_source_ids: THREE, disputed: 'no' });
  });

  it('TimelineJS: each slide names who reports it and marks a dispute', () => {
    const slides = toTimelineJS(timeline).events;
    const slide = slides.find((s) => s.unique_id === NOT_FOR_SALE)!;
    expect(slide.text.text).toContain('Reported by: The Daily Beast; Newsweek; Thin Line News');
    expect(slide.text.text).toMatch(/Disputed: the sources disagree on [^<]*event/);
    expect(slides.find((s) => s.unique_id === SPEECH)!.text.text).not.toContain('Disputed');
  });

  it('GraphML and network JSON: sources and disputed as attributes of nodes and edges', async () => {
    const data = await loadNetworkData(store, { actorIds: [], depth: 1, window: null, match: 'OVERLAPS' });
    const graph = parseXml(toGraphml(data));
    const edge = findAll(
      graph,
      (el) => el.name === 'edge' && el.attrs['id'] === 'rel-donald-trump-proposed-to-claudia-sheinbaum',
    )[0]!;
    const value = (key: string) => edge.children.find((c) => c.attrs['key'] === key)?.text;
    expect(value('e_sources')).toBe('daily-beast-2025-05-04; thin-line-news-2025-05-05');
    expect(value('e_disputed')).toBe('false');
    const json = toNetworkJson(data);
    const sheinbaum = json.nodes.find((n) => n.id === 'claudia-sheinbaum')!;
    expect(sheinbaum.sourceIds).toEqual(THREE.split('; '));
    expect(sheinbaum.disputedFields).toEqual([]);
    expect(json.edges.every((e) => e.sourceIds.length > 0)).toBe(true);
  });
});

// The network exports: GraphML that graph tools read, and JSON, both with exactly the network's nodes and edges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import type { Network } from '../../core/domain/types.ts';
import { toGraphml } from '../../server/export/network-graphml.ts';
import type { NetworkJson } from '../../server/export/network-json.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { SOURCE, span } from './fixtures/tricky-timeline.ts';
import { findAll, parseXml, type XmlElement } from './support/xml-tree.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const dataOf = (el: XmlElement) =>
  Object.fromEntries(el.children.filter((c) => c.name === 'data').map((d) => [d.attrs.key, d.text]));

describe('GET /export/network.graphml', () => {
  it('parses as GraphML with the network’s nodes and edges', async () => {
    const network = await app.store.network({ actorIds: [], depth: 1, window: null, match: 'OVERLAPS' });
    const res = await fetch(`${app.url}/export/network.graphml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="network.graphml"');
    const root = parseXml(await res.text());
    expect(root.name).toBe('graphml');
    expect(root.attrs.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = new Map(findAll(root, (el) => el.name === 'key').map((k) => [k.attrs.id, k.attrs]));
    const graph = root.children.find((c) => c.name === 'graph');
    expect(graph?.attrs.edgedefault).toBe('directed');
    const nodes = findAll(root, (el) => el.name === 'node');
    const edges = findAll(root, (el) => el.name === 'edge');
    expect(nodes.map((n) => n.attrs.id).sort()).toEqual(network.nodes.map((n) => n.id).sort());
    expect(edges.map((e) => `${e.attrs.id}:${e.attrs.source}->${e.attrs.target}`).sort()).toEqual(
      network.edges.map((e) => `${e.id}:${e.sourceId}->${e.targetId}`).sort(),
    );
    // Every data element refers to a declared key for its kind of element.
    for (const el of [...nodes, ...edges]) {
      for (const d of el.children.filter((c) => c.name === 'data'))
        expect(keys.get(d.attrs.key ?? '')?.for).toBe(el.name);
    }
    const sheinbaum = nodes.find((n) => n.attrs.id === 'claudia-sheinbaum');
    expect(dataOf(sheinbaum!)).toMatchObject({ n_label: 'Claudia Sheinbaum', n_kind: 'PERSON' });
    expect(dataOf(sheinbaum!).n_evidence).toContain('— Thin Line News');
  });

  it('follows the filters', async () => {
    const network = await app.store.network({ actorIds: ['nayib-bukele'], depth: 1, window: null, match: 'OVERLAPS' });
    const root = parseXml(
      await (await fetch(`${app.url}/export/network.graphml?actorIds=nayib-bukele&depth=1`)).text(),
    );
    expect(
      findAll(root, (el) => el.name === 'node')
        .map((n) => n.attrs.id)
        .sort(),
    ).toEqual(network.nodes.map((n) => n.id).sort());
    expect(network.nodes.length).toBeLessThan(
      (await app.store.network({ actorIds: [], depth: 1, window: null, match: 'OVERLAPS' })).nodes.length,
    );
  });
});

describe('toGraphml', () => {
  it('escapes names, ids and quotes so the document stays well formed', () => {
    const network: Network = {
      nodes: [
        {
          id: 'a&b',
          name: 'Ministry <Interior> & "Co"',
          kind: 'ORGANIZATION',
          aliases: ["O'Brien"],
          roles: [],
          reportedBy: ['tricky-news'],
          disputedFields: [],
          evidence: [span('Officials in Mexico <City> & Monterrey disagreed.')],
        },
        {
          id: 'c',
          name: 'C\u0001',
          kind: 'PERSON',
          aliases: [],
          roles: [],
          reportedBy: [],
          disputedFields: [],
          evidence: [],
        },
      ],
      edges: [
        {
          id: 'e"1',
          type: 'CRITICISED',
          sourceId: 'a&b',
          targetId: 'c',
          date: parseFuzzyDate('2025-02'),
          reportedBy: ['tricky-news'],
          disputedFields: [],
          evidence: [span('"We will not sign, not now, not ever."')],
        },
      ],
    };
    const root = parseXml(
      toGraphml({
        filters: { actorIds: [], depth: 1, window: null, match: 'OVERLAPS' },
        network,
        sources: new Map([[SOURCE.id, SOURCE]]),
      }),
    );
    const [a, c] = findAll(root, (el) => el.name === 'node');
    expect(a?.attrs.id).toBe('a&b');
    expect(dataOf(a!)).toMatchObject({ n_label: 'Ministry <Interior> & "Co"', n_aliases: "O'Brien" });
    expect(dataOf(a!).n_evidence).toContain(
      '“Officials in Mexico <City> & Monterrey disagreed.” — Tricky News, Inc., “Talks, "deadlocks" & <more>”',
    );
    expect(dataOf(c!).n_label).toBe('C');
    const edge = findAll(root, (el) => el.name === 'edge')[0]!;
    expect(edge.attrs).toMatchObject({ id: 'e"1', source: 'a&b', target: 'c' });
    expect(dataOf(edge)).toMatchObject({
      e_label: 'criticised',
      e_type: 'CRITICISED',
      e_date: '2025-02',
      e_date_label: 'February 2025',
    });
  });
});

describe('GET /export/network.json', () => {
  it('has the network’s nodes and edges by id, with evidence and sources', async () => {
    const network = await app.store.network({
      actorIds: ['claudia-sheinbaum'],
      depth: 2,
      window: null,
      match: 'OVERLAPS',
    });
    const res = await fetch(`${app.url}/export/network.json?actorIds=claudia-sheinbaum&depth=2`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as NetworkJson;
    expect(body.filters).toMatchObject({ actorIds: ['claudia-sheinbaum'], depth: 2 });
    expect(body.nodes.map((n) => n.id).sort()).toEqual(network.nodes.map((n) => n.id).sort());
    expect(body.edges.map((e) => [e.id, e.source, e.target])).toEqual(
      network.edges.map((e) => [e.id, e.sourceId, e.targetId]),
    );
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const e of body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(body.sources.map((s) => s.publisher)).toEqual(['Thin Line News']);
    expect(body.nodes.every((n) => n.evidence.length > 0)).toBe(true);
  });
});

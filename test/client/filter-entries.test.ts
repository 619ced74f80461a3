import { describe, expect, it } from 'vitest';
import {
  entryKinds,
  filterEntries,
  matchesText,
  neighbourhood,
  networkSubset,
  type EntryFilter,
} from '../../client/src/model/filter-entries.ts';
import { ACTORS, ENTRIES, RELATIONSHIPS } from './fixtures/seed-like.ts';

const NONE: EntryFilter = { text: '', actorKinds: [], eventKinds: [], actor: null, from: null, to: null };
const ids = (f: Partial<EntryFilter>) => filterEntries(ENTRIES, { ...NONE, ...f }).map((e) => e.id);
const EDGES = RELATIONSHIPS.map((r) => ({ id: r.id, source: { id: r.source }, target: { id: r.target } }));
const NODES = Object.values(ACTORS);

describe('filterEntries', () => {
  it('keeps everything with no filter', () => {
    expect(ids({})).toHaveLength(ENTRIES.length);
  });

  it('narrows to the items an actor takes part in or speaks', () => {
    expect(ids({ actor: 'claudia-sheinbaum' }).sort()).toEqual([
      'eastern-mexico-speech',
      'palace-press-conference',
      'sheinbaum-sovereignty',
      'troop-proposal',
    ]);
  });

  it('matches text in titles and actor names, ignoring case and accents', () => {
    expect(ids({ text: 'SOVEREIGNTY' })).toEqual(['sheinbaum-sovereignty']);
    expect(ids({ text: 'bukelé' })).toEqual(['bukele-criticism']);
    expect(ids({ text: 'trump cartels' })).toEqual(['cartel-fto-designation']);
    expect(matchesText(ENTRIES[0]!, '   ')).toBe(true);
  });

  it('filters by event kind, statements being a kind of their own', () => {
    expect(ids({ eventKinds: ['designation', 'statement'] }).sort()).toEqual([
      'bukele-criticism',
      'cartel-fto-designation',
      'sheinbaum-sovereignty',
      'trump-offer-quote',
    ]);
    expect(entryKinds(ENTRIES).at(-1)).toBe('statement');
  });

  it('filters by actor kind', () => {
    expect(ids({ actorKinds: ['MEDIA'] })).toEqual(['article-published']);
  });

  it('keeps what touches the window, an open range counting at its known end', () => {
    expect(ids({ from: '2025-01-01', to: '2025-02-28' }).sort()).toEqual([
      'cartel-fto-designation',
      'northcom-expansion',
      'trump-january-directive',
    ]);
    expect(ids({ from: '2025-05-05', to: null })).toHaveLength(7);
  });
});

describe('networkSubset', () => {
  it('shows every actor and relationship with no window', () => {
    const s = networkSubset(NODES, EDGES, null, { actorKinds: [], actor: null });
    expect(s.nodeIds.size).toBe(NODES.length);
    expect(s.edgeIds.size).toBe(EDGES.length);
  });

  it('with a window keeps only the windowed relationships and the actors they join', () => {
    const s = networkSubset(NODES, EDGES, new Set(['usa-designated-cartels']), {
      actorKinds: [],
      actor: 'nayib-bukele',
    });
    expect([...s.edgeIds]).toEqual(['usa-designated-cartels']);
    expect([...s.nodeIds].sort()).toEqual(['mexican-cartels', 'nayib-bukele', 'united-states']);
  });

  it('drops actors of unselected kinds and their relationships', () => {
    const s = networkSubset(NODES, EDGES, null, { actorKinds: ['PERSON'], actor: null });
    expect([...s.edgeIds].sort()).toEqual(['sheinbaum-rejected-trump', 'trump-proposed-to-sheinbaum']);
  });

  it('finds the neighbours of an actor', () => {
    const all = new Set(EDGES.map((e) => e.id));
    expect([...neighbourhood('claudia-sheinbaum', EDGES, all)].sort()).toEqual([
      'claudia-sheinbaum',
      'donald-trump',
      'mexico',
    ]);
  });

  it('widens the neighbourhood hop by hop, up to the depth asked for', () => {
    const all = new Set(EDGES.map((e) => e.id));
    const ring = (depth: number) => [...neighbourhood('claudia-sheinbaum', EDGES, all, depth)].sort();
    expect(ring(2).length).toBeGreaterThan(ring(1).length);
    for (const id of ring(1)) expect(ring(2)).toContain(id);
    for (const id of ring(2)) expect(ring(3)).toContain(id);
    // Two hops: the neighbours of Sheinbaum's neighbours, e.g. Trump's.
    const trumps = [...neighbourhood('donald-trump', EDGES, all, 1)];
    for (const id of trumps) expect(ring(2)).toContain(id);
  });
});

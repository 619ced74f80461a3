// The Sources filter's rules: outlets from sources, what clicking one does, and the network it leaves.
import { describe, expect, it } from 'vitest';
import type { ApiSource } from '../../core/api/api-types.ts';
import {
  entriesReported,
  networkReported,
  outletsOf,
  outletState,
  sourceKey,
  toggleOutlet,
} from '../../client/src/model/source-subset.ts';
import { ENTRIES } from './fixtures/seed-like.ts';

const source = (id: string, publisher: string, publishedAt: string): ApiSource => ({
  id,
  title: id,
  publisher,
  publishedAt,
  url: null,
});
const SOURCES = [
  source('wire-2', 'Wire', '2025-05-06'),
  source('beast', 'The Daily Beast', '2025-05-04'),
  source('wire-1', 'Wire', '2025-05-01'),
];

describe('outlets', () => {
  it('are publishers, sorted by name, each with its articles in publication order', () => {
    expect(outletsOf(SOURCES).map((o) => [o.publisher, o.sourceIds])).toEqual([
      ['The Daily Beast', ['beast']],
      ['Wire', ['wire-1', 'wire-2']],
    ]);
  });

  it('are chosen whole: a click adds every article of the outlet, a second click drops them', () => {
    const wire = outletsOf(SOURCES)[1]!;
    expect(outletState(wire, [])).toBe('false');
    const chosen = toggleOutlet(wire, ['beast']);
    expect(chosen).toEqual(['beast', 'wire-1', 'wire-2']);
    expect(outletState(wire, chosen)).toBe('true');
    expect(toggleOutlet(wire, chosen)).toEqual(['beast']);
    // A link naming one article of two shows the outlet half chosen; a click chooses it whole.
    expect(outletState(wire, ['wire-2'])).toBe('mixed');
    expect(toggleOutlet(wire, ['wire-2'])).toEqual(['wire-1', 'wire-2']);
  });

  it('give equal keys for equal choices in any order', () => {
    expect(sourceKey(['b', 'a'])).toBe(sourceKey(['a', 'b']));
  });
});

describe('what the chosen sources report', () => {
  it('keeps only the entries they report, every entry without a choice', () => {
    const some = new Set([ENTRIES[0]!.id, ENTRIES[2]!.id]);
    expect(entriesReported(ENTRIES, { key: 'x', items: some, reported: new Set() }).map((e) => e.id)).toEqual([
      ENTRIES[0]!.id,
      ENTRIES[2]!.id,
    ]);
    expect(entriesReported(ENTRIES, null)).toHaveLength(ENTRIES.length);
  });

  it('keeps the relationships they report, and only between actors they report', () => {
    const edges = [
      { id: 'e1', source: { id: 'a' }, target: { id: 'b' } },
      { id: 'e2', source: { id: 'b' }, target: { id: 'c' } },
      { id: 'e3', source: { id: 'a' }, target: { id: 'c' } },
    ];
    const shown = { nodeIds: new Set(['a', 'b', 'c']), edgeIds: new Set(['e1', 'e2', 'e3']) };
    const subset = { key: 'x', items: new Set<string>(), reported: new Set(['a', 'b', 'e1', 'e2']) };
    const narrowed = networkReported(shown, edges, subset);
    expect([...narrowed.nodeIds].sort()).toEqual(['a', 'b']);
    // e2 is reported, but its target is not: it cannot be drawn.
    expect([...narrowed.edgeIds]).toEqual(['e1']);
    expect(networkReported(shown, edges, null)).toBe(shown);
  });
});

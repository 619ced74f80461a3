// The timeline collector keeps its kinds, palette weights and extent up to date page by page: what it gives
// must be what a scan of all the entries gives, whatever page the events and their statements come in.
import { describe, expect, it } from 'vitest';
import type { ApiTimelineItem } from '../../core/api/api-types.ts';
import { timelineCollector } from '../../client/src/app/load-data.ts';
import { entryKinds } from '../../client/src/model/filter-entries.ts';
import { toEntries } from '../../core/timeline/to-entries.ts';
import { kindColours } from '../../core/palette/palette.ts';
import { dataDomain, extentOf } from '../../core/timeline/date-extent.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';

const person = (id: string) => ({ id, name: id, kind: 'PERSON' as const });
const KINDS = ['meeting', 'protest', 'vote', 'raid', 'speech', 'accord', 'strike', 'trial', 'summit', 'leak'];

/** Events of kinds with very different counts, and statements at them, some listed before their event. */
function items(): ApiTimelineItem[] {
  const out: ApiTimelineItem[] = [];
  for (let i = 0; i < 240; i++) {
    const kind = KINDS[(i * i) % KINDS.length]!;
    const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const date = parseFuzzyDate(i % 7 === 0 ? `../${day}` : i % 11 === 0 ? day.slice(0, 7) : day);
    const statement = (n: number): ApiTimelineItem => ({
      __typename: 'Statement',
      id: `s${i}-${n}`,
      text: 'Said.',
      statementKind: 'QUOTE',
      date,
      speaker: person('p'),
      event: { id: `e${i}` },
      quotedIn: null,
    });
    const event: ApiTimelineItem = { __typename: 'Event', id: `e${i}`, title: `E${i}`, kind, date, participants: [] };
    // Statements about the busiest kinds' events, some before the event itself.
    const statements = Array.from({ length: i % 4 }, (_, n) => statement(n));
    out.push(...(i % 3 === 0 ? [...statements, event] : [event, ...statements]));
  }
  out.push({ ...(out.find((x) => x.__typename === 'Statement') as ApiTimelineItem), id: 'orphan' });
  return out;
}

/** The timeline as one scan of all entries works it out. */
function scanned(all: readonly ApiTimelineItem[]) {
  const entries = toEntries(all);
  return {
    ids: entries.map((e) => e.id),
    kinds: entryKinds(entries),
    colours: [...kindColours(entries.map((e) => e.kind))],
    extent: dataDomain(entries.map((e) => extentOf(e.date))),
  };
}

describe('timelineCollector', () => {
  it('gives after each page what a scan of all entries so far gives', () => {
    const all = items();
    const collector = timelineCollector();
    for (let at = 0; at < all.length; at += 37) {
      collector.add(all.slice(at, at + 37));
      const d = collector.data();
      const want = scanned(all.slice(0, at + 37));
      expect(d.entries.map((e) => e.id)).toEqual(want.ids);
      expect(d.kinds).toEqual(want.kinds);
      expect([...d.colours]).toEqual(want.colours);
      expect(d.extent).toEqual(want.extent);
    }
    expect(collector.size).toBe(all.length);
  });

  it('hands out a fresh entries array each time', () => {
    const collector = timelineCollector();
    collector.add(items().slice(0, 10));
    expect(collector.data().entries).not.toBe(collector.data().entries);
  });

  it('falls back to 2025 before any dated entry', () => {
    expect(timelineCollector().data().extent).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
  });
});

// The server's exports build entries from domain items and the app from API items; both go through one builder
// (core/timeline/entry-of.ts), so the same item gives the same entry whichever side it comes from.
import { describe, expect, it } from 'vitest';
import type { ApiTimelineItem, DisputeField } from '../../core/api/api-types.ts';
import type { Actor, FuzzyDate, TimelineItem } from '../../core/domain/types.ts';
import { toTimelineEntries } from '../../core/timeline/domain-entries.ts';
import { toEntries } from '../../core/timeline/to-entries.ts';

const day: FuzzyDate = {
  edtf: '2025-03-04',
  earliest: '2025-03-04',
  latest: '2025-03-04',
  precision: 'day',
  label: '4 Mar 2025',
};
const known = { reportedBy: ['a1'], disputedFields: [], evidence: [] };

function actor(id: string, name: string): Actor {
  return { id, name, kind: 'PERSON', aliases: [], roles: [], ...known };
}
const actors = new Map([actor('p1', 'Ann'), actor('p2', 'Bo')].map((a) => [a.id, a]));

const items: TimelineItem[] = [
  {
    itemType: 'Event',
    ...{ id: 'e1', title: 'Talks', kind: 'meeting', description: null, location: null, date: day },
    participants: [
      { actorId: 'p2', role: 'target' },
      { actorId: 'gone', role: 'witness' },
      { actorId: 'p1', role: 'agent' },
      { actorId: 'p1', role: 'speaker' },
    ],
    ...{ links: [], statementIds: ['s1'], ...known },
  },
  {
    itemType: 'Statement',
    ...{ id: 's1', text: 'We agreed.', kind: 'QUOTE', speakerId: 'p1', date: day, eventId: 'e1', quotedInId: null },
    ...{ quoteIds: [], ...known },
  },
  {
    itemType: 'Statement',
    ...{ id: 's2', text: 'No comment.', kind: 'PARAPHRASE', speakerId: 'p2', date: day, eventId: null },
    ...{ quotedInId: null, quoteIds: [], ...known },
  },
];

const dispute: DisputeField[] = [
  {
    field: 'date',
    claims: [
      { date: day, source: { id: 'a1', publisher: 'Wire' } },
      { date: null, source: { id: 'a2', publisher: 'Daily' } },
    ],
  },
];

const ref = (id: string) => {
  const a = actors.get(id);
  return a ? { id, name: a.name, kind: a.kind } : { id, name: id, kind: 'GROUP' as const };
};
const apiItems: ApiTimelineItem[] = [
  {
    __typename: 'Event',
    ...{ id: 'e1', title: 'Talks', kind: 'meeting', date: day, disputes: dispute },
    participants:
      items[0]!.itemType === 'Event'
        ? items[0]!.participants.map((p) => ({ role: p.role, actor: ref(p.actorId) }))
        : [],
  },
  {
    __typename: 'Statement',
    ...{ id: 's1', text: 'We agreed.', statementKind: 'QUOTE', date: day, speaker: ref('p1') },
    ...{ event: { id: 'e1' }, quotedIn: null },
  },
  {
    __typename: 'Statement',
    ...{ id: 's2', text: 'No comment.', statementKind: 'PARAPHRASE', date: day, speaker: ref('p2') },
    ...{ event: null, quotedIn: null, disputes: [] },
  },
];

describe('entries from domain items and from API items', () => {
  const fromDomain = toTimelineEntries(items, actors, (i) => (i.id === 'e1' ? dispute : undefined));

  it('orders actors who acted first, keeps a missing actor by id, and carries only real disputes', () => {
    expect(fromDomain[0]!.actors.map((a) => a.id)).toEqual(['p1', 'gone', 'p2']);
    expect(fromDomain[0]!.actors[1]).toEqual({ id: 'gone', name: 'gone', kind: 'GROUP' });
    expect(fromDomain[0]!.disputes).toEqual([{ field: 'date', dates: [{ source: 'Wire', date: day }] }]);
    expect(fromDomain[1]).toEqual({
      ...{ id: 's1', type: 'statement', title: 'We agreed.', kind: 'statement', date: day },
      ...{ actors: [ref('p1')], eventId: 'e1', statementKind: 'QUOTE' },
    });
    expect('disputes' in fromDomain[2]!).toBe(false);
  });

  it('gives the same entries as the API items of the same data', () => {
    expect(fromDomain).toEqual(toEntries(apiItems));
  });
});

import { describe, expect, it } from 'vitest';
import type { ApiTimelineItem } from '../../core/api/api-types.ts';
import { toEntries } from '../../core/timeline/to-entries.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';

const person = (id: string) => ({ id, name: id, kind: 'PERSON' as const });

describe('toEntries', () => {
  it('puts the acting participant first, whatever order the API lists them in', () => {
    const items: ApiTimelineItem[] = [
      {
        __typename: 'Event',
        id: 'proposal',
        title: 'Trump proposes troops',
        kind: 'proposal',
        date: parseFuzzyDate('../2025-05-05'),
        participants: [
          { role: 'recipient', actor: person('claudia-sheinbaum') },
          { role: 'proposer', actor: person('donald-trump') },
          { role: 'target', actor: person('cartels') },
          { role: 'witness', actor: person('press') },
        ],
      },
    ];
    expect(toEntries(items)[0]?.actors.map((a) => a.id)).toEqual([
      'donald-trump',
      'press',
      'claudia-sheinbaum',
      'cartels',
    ]);
  });

  it('makes a statement an entry led by its speaker, linked to its event', () => {
    const items: ApiTimelineItem[] = [
      {
        __typename: 'Statement',
        id: 's1',
        text: 'Sovereignty is not for sale.',
        statementKind: 'QUOTE',
        date: parseFuzzyDate('../2025-05-05'),
        speaker: person('claudia-sheinbaum'),
        event: { id: 'press-conference' },
        quotedIn: null,
      },
    ];
    expect(toEntries(items)[0]).toMatchObject({
      type: 'statement',
      kind: 'statement',
      title: 'Sovereignty is not for sale.',
      eventId: 'press-conference',
      actors: [{ id: 'claudia-sheinbaum' }],
    });
  });
});

// Events from sentences: the date each trigger gets, and who plays which part.
import { expect, it } from 'vitest';
import { draftArticle } from '../../seed/draft/draft-article.ts';
import { GraphIndex } from '../../seed/draft/graph-index.ts';

const draft = (text: string, published = '2025-05-05') =>
  draftArticle(
    text,
    { id: 'x-2025-05-05', title: 't', publisher: 'p', published, textFile: 'x.txt' },
    new GraphIndex([]),
  );
const events = (text: string, published?: string) =>
  draft(text, published).events.map((e) => ({ kind: e.kind, date: e.date, participants: e.participants }));

it('gives a date to the trigger it belongs to, and runs "following" events from it to publication', () => {
  const text =
    'The U.S. Northern Command has expanded its border operations following President Donald Trump’s January directive.';
  expect(events(text)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'directive', date: '2025-01' }),
      expect.objectContaining({ kind: 'military-operations', date: '2025-01/2025-05-05' }),
    ]),
  );
});

it('does not date an event with the day it was talked about', () => {
  const text = 'President Ana Ruiz said on Saturday that she had turned down an offer from Governor Tom Hale.';
  const rejection = events(text).find((e) => e.kind === 'rejection');
  expect(rejection?.date).toBe('../2025-05-05');
  expect(rejection?.participants).toEqual([
    { actor: 'ana-ruiz', role: 'agent' },
    { actor: 'tom-hale', role: 'recipient' },
  ]);
});

it('makes whoever rejects a proposal its recipient', () => {
  const text = 'President Ana Ruiz drew criticism after declining President Tom Hale’s proposal to send troops.';
  const doc = draft(text);
  expect(doc.relationships.map((r) => r.id)).toEqual(
    expect.arrayContaining(['rel-tom-hale-proposed-to-ana-ruiz', 'rel-ana-ruiz-rejected-proposal-of-tom-hale']),
  );
});

it('reports nothing from words inside quotation marks, and nothing hypothetical', () => {
  const text = '"We imposed sanctions and signed an agreement," Governor Tom Hale said. They could deploy troops.';
  expect(events(text).map((e) => e.kind)).toEqual([]);
});

// A large, deterministic synthetic article (thousands of items, hundreds of actors) for the client's
// scale paths: density bins in the timeline and the network layout in a worker.
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import type { Actor, ActorKind, Event, Evidence, Relationship } from '../../core/domain/types.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { lcg } from '../../client/src/network/lcg.ts';

const KINDS: ActorKind[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP', 'MEDIA'];
const EVENT_KINDS = ['meeting', 'speech', 'directive', 'protest', 'report'];

export function syntheticArticle(events: number, actors: number, relationships: number, seed = 1): ParsedArticle {
  const random = lcg(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const text = 'Synthetic article used to exercise the client at scale.';
  const evidence: Evidence[] = [{ sourceId: 'synthetic', start: 0, end: 9, quote: 'Synthetic' }];
  const actorList: Actor[] = Array.from({ length: actors }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: KINDS[i % KINDS.length]!,
    aliases: [],
    roles: [],
    reportedBy: ['synthetic'],
    disputedFields: [],
    evidence,
  }));
  const eventList: Event[] = Array.from({ length: events }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + pick(730) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `event-${i}`,
      title: `Event ${i}`,
      kind: EVENT_KINDS[i % EVENT_KINDS.length]!,
      description: null,
      location: null,
      date: parseFuzzyDate(i % 7 === 0 ? day.slice(0, 7) : day),
      participants: [{ actorId: `actor-${pick(actors)}`, role: 'agent' }],
      links: [],
      statementIds: [],
      reportedBy: ['synthetic'],
      disputedFields: [],
      evidence,
    };
  });
  const relationshipList: Relationship[] = Array.from({ length: relationships }, (_, i) => ({
    id: `rel-${i}`,
    type: 'MET_WITH',
    sourceId: `actor-${pick(actors)}`,
    targetId: `actor-${pick(actors)}`,
    date: parseFuzzyDate('2024-06'),
    reportedBy: ['synthetic'],
    disputedFields: [],
    evidence,
  })).filter((r) => r.sourceId !== r.targetId);
  return {
    file: 'synthetic.json',
    source: {
      id: 'synthetic',
      title: 'Synthetic load',
      publisher: 'Test',
      publishedAt: '2025-12-31',
      url: null,
      text,
      citations: [],
    },
    actors: actorList,
    events: eventList,
    statements: [],
    relationships: relationshipList,
  };
}

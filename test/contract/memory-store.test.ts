import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import type { Evidence, FuzzyDate } from '../../core/domain/types.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { describeClaimsContract } from './claims-contract.ts';
import { describeStoreContract } from './store-contract.ts';

const memory = async (articles: ParsedArticle[]) => ({ store: new MemoryStore(articles), release: async () => {} });
describeStoreContract('in-memory', memory);
describeClaimsContract('in-memory', memory);

describe('MemoryStore merging articles', () => {
  const date: FuzzyDate = {
    edtf: '2025-05-05',
    earliest: '2025-05-05',
    latest: '2025-05-05',
    precision: 'day',
    label: '5 May 2025',
  };
  const span = (sourceId: string, start: number, quote = `${sourceId}@${start}`): Evidence => ({
    sourceId,
    start,
    end: start + 5,
    quote,
  });
  const article = (sourceId: string, evidence: Evidence[], linkEvidence: Evidence[]): ParsedArticle => ({
    file: `${sourceId}.json`,
    source: {
      id: sourceId,
      title: sourceId,
      publisher: 'P',
      publishedAt: '2025-05-05',
      url: null,
      text: '',
      citations: [{ actorId: 'a', evidence }],
    },
    actors: [
      {
        id: 'a',
        name: 'A',
        kind: 'PERSON',
        aliases: [],
        roles: [],
        reportedBy: [sourceId],
        disputedFields: [],
        evidence,
      },
    ],
    events: [
      {
        id: 'e',
        title: 'E',
        kind: 'meeting',
        description: null,
        location: null,
        date,
        participants: [{ actorId: 'a', role: 'host' }],
        links: [{ type: 'FOLLOWS', targetId: 'e', evidence: linkEvidence }],
        statementIds: [],
        reportedBy: [sourceId],
        disputedFields: [],
        evidence,
      },
    ],
    statements: [],
    relationships: [],
  });

  it('unions evidence across articles: sorted by source and position, one span per position, the first kept', async () => {
    // The same positions repeat within and across articles, with quotes telling the copies apart.
    const one = article('s1', [span('s1', 20), span('s1', 0), span('s1', 0, 'second copy')], [span('s1', 9)]);
    const two = article(
      's2',
      [span('s2', 3), span('s1', 0, 'third copy'), span('s1', 20, 'again')],
      [span('s1', 9, 'x'), span('s2', 1)],
    );
    const store = new MemoryStore([one, two]);
    const expected = [span('s1', 0), span('s1', 20), span('s2', 3)];
    const [actor] = await store.getActors(['a']);
    expect(actor!.evidence).toEqual(expected);
    const [event] = await store.getEvents(['e']);
    expect(event!.evidence).toEqual(expected);
    expect(event!.links).toEqual([{ type: 'FOLLOWS', targetId: 'e', evidence: [span('s1', 9), span('s2', 1)] }]);
    const [source] = await store.getSources(['s1']);
    expect(source!.citations).toEqual([{ actorId: 'a', evidence: [span('s1', 0), span('s1', 20)] }]);
  });

  it('leaves the articles it was built from as they were', async () => {
    const one = article('s1', [span('s1', 20), span('s1', 0)], []);
    const two = article('s2', [span('s2', 3)], [span('s2', 1)]);
    const before = structuredClone([one, two]);
    new MemoryStore([one, two]);
    expect([one, two]).toEqual(before);
  });
});

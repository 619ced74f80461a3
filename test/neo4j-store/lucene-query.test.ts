import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQueryOf } from '../../server/store/neo4j/lucene-query.ts';
import { rankHits } from '../../server/store/rank-hits.ts';

describe('fulltext query building', () => {
  it('escapes every Lucene operator character', () => {
    const special = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(special)).toBe([...special].map((c) => `\\${c}`).join(''));
    expect(escapeLucene('sovereignty')).toBe('sovereignty');
  });

  it('requires every term, matched inside tokens', () => {
    expect(luceneQueryOf(['no', 'president', 'trump'])).toBe('+*no* +*president* +*trump*');
    expect(luceneQueryOf(['a(b'])).toBe('+*a\\(b*');
  });
});

describe('ranking fulltext candidates', () => {
  it('keeps only texts holding every term as a whole word, best score first, ties by id', () => {
    const hits = rankHits(
      [
        {
          kind: 'STATEMENT',
          id: 's-long',
          sourceId: 's',
          text: 'Sovereignty is not for sale, she said, at length and at the palace',
        },
        { kind: 'STATEMENT', id: 's-short', sourceId: 's', text: 'Sovereignty is not for sale' },
        { kind: 'EVENT', id: 'e-partial', sourceId: 's', text: 'Sovereign debt sale' },
        { kind: 'ACTOR', id: 'b-tie', sourceId: 's', text: 'Not for sale sovereignty' },
      ],
      ['sovereignty', 'sale'],
      10,
    );
    expect(hits.map((h) => h.id)).toEqual(['b-tie', 's-short', 's-long']);
    expect(hits[0]!.score).toBeCloseTo(2 / Math.sqrt(4));
  });

  it('drops duplicate candidates and respects first', () => {
    const c = { kind: 'ACTOR' as const, id: 'mexico', sourceId: 's', text: 'Mexico' };
    expect(rankHits([c, c], ['mexico'], 5)).toHaveLength(1);
    expect(rankHits([c], ['mexico'], 0)).toEqual([]);
  });
});

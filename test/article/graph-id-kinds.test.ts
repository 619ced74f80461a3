// The seed's comparison with what the graph already holds (pure: the Neo4j read is tested in
// test/neo4j-store/seed-kind-clash.test.ts): which stored claims declare what, which declarations clash, and that a
// source the run re-seeds does not count.
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import type { Claim } from '../../server/domain/claims/claim.ts';
import {
  findGraphClashes,
  graphClashErrors,
  heldDeclarations,
  type HeldDeclaration,
} from '../../server/article/graph-id-kinds.ts';
import { SEED_DOC } from '../neo4j-store/article-fixtures.ts';

const SEED_ID = 'thin-line-news-2025-05-05';

const claim = (subjectType: Claim['subjectType'], subjectId: string, field: string, value: string, sourceId: string) =>
  ({ subjectType, subjectId, field, value, sourceId, date: null, evidence: [] }) satisfies Claim;

describe('what stored claims declare', () => {
  it('an actor by its kind claim, anything else by its type, once per source and kind', () => {
    const held = heldDeclarations([
      claim('Actor', 'mexico', 'name', 'Mexico', 'a'),
      claim('Actor', 'mexico', 'kind', 'COUNTRY', 'a'),
      claim('Actor', 'mexico', 'kind', 'GROUP', 'b'),
      claim('Event', 'mexico', 'title', 'x', 'c'),
      claim('Event', 'mexico', 'date', '2025', 'c'),
      claim('Statement', 's1', 'text', 'x', 'a'),
      claim('Relationship', 'r1', 'type', 'ALLY_OF', 'a'),
    ]);
    expect(held).toEqual([
      { id: 'mexico', kind: 'COUNTRY', sourceId: 'a' },
      { id: 'mexico', kind: 'GROUP', sourceId: 'b' },
      { id: 'mexico', kind: 'event', sourceId: 'c' },
      { id: 's1', kind: 'statement', sourceId: 'a' },
      { id: 'r1', kind: 'relationship', sourceId: 'a' },
    ]);
  });
});

describe('documents against the graph', () => {
  let seed: ParsedArticle;
  const mexicoPath = () => `actors[${seed.actors.findIndex((a) => a.id === 'mexico')}].kind`;

  it('the same kinds from another source are no clash', async () => {
    seed = await loadArticle(SEED_DOC);
    const held: HeldDeclaration[] = seed.actors.map((a) => ({ id: a.id, kind: a.kind, sourceId: 'other' }));
    expect(findGraphClashes([seed], held)).toEqual([]);
  });

  it('another kind held by another source clashes, naming the path, both kinds and every such source', async () => {
    seed = await loadArticle(SEED_DOC);
    const held: HeldDeclaration[] = [
      { id: 'mexico', kind: 'GROUP', sourceId: 'z-outlet' },
      { id: 'mexico', kind: 'GROUP', sourceId: 'b-outlet' },
      { id: 'mexico', kind: 'COUNTRY', sourceId: 'c-outlet' },
      { id: seed.events[0]!.id, kind: 'PERSON', sourceId: 'b-outlet' },
    ];
    const clashes = findGraphClashes([seed], held);
    expect(clashes).toEqual([
      {
        file: SEED_DOC,
        path: mexicoPath(),
        id: 'mexico',
        kind: 'COUNTRY',
        heldKind: 'GROUP',
        sourceIds: ['b-outlet', 'z-outlet'],
      },
      {
        file: SEED_DOC,
        path: 'events[0]',
        id: seed.events[0]!.id,
        kind: 'event',
        heldKind: 'PERSON',
        sourceIds: ['b-outlet'],
      },
    ]);
    const [error, ...more] = graphClashErrors(clashes, (id) => `source "${id}"`);
    expect(more).toEqual([]);
    expect(error!.file).toBe(SEED_DOC);
    expect(error!.message).toContain(
      `${mexicoPath()}: id "mexico" is declared as COUNTRY here but as GROUP by source "b-outlet", source "z-outlet", already in the graph`,
    );
    expect(error!.message).toContain(`events[0]: id "${seed.events[0]!.id}" is declared as event here but as PERSON`);
  });

  it("the run's own sources are left out: re-seeding a document may change a kind it gave", async () => {
    seed = await loadArticle(SEED_DOC);
    const held: HeldDeclaration[] = [
      { id: 'mexico', kind: 'GROUP', sourceId: SEED_ID },
      { id: 'mexico', kind: 'ORGANIZATION', sourceId: 'other' },
    ];
    expect(findGraphClashes([seed], held).map((c) => [c.heldKind, c.sourceIds])).toEqual([['ORGANIZATION', ['other']]]);
    expect(findGraphClashes([seed], held.slice(0, 1))).toEqual([]);
  });
});

// Which rows of a batch the writer sends to the CREATE queries: only ids that are new to a graph that held no facts
// when the write began; the seed-batching suite checks on Neo4j that both paths leave the same graph.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { rememberWritten, splitNewRows, startWrittenIds, writeSteps } from '../../server/store/neo4j/new-node-rows.ts';
import { BATCH_QUERIES, batchRows } from '../../server/store/neo4j/write-batch-rows.ts';

const ids = (rows: { rows: ReadonlyArray<object> }) => rows.rows.map((r) => (r as { id: string }).id);

describe('splitNewRows', () => {
  let article: ParsedArticle;
  beforeAll(async () => {
    [article] = (await loadArticles([DEFAULT_ARTICLES_DIR])) as [ParsedArticle];
  });

  it('runs each CREATE query just before its MERGE twin, so everything a query matches on is written by then', () => {
    const steps = writeSteps(BATCH_QUERIES);
    expect(steps.indexOf('write/new-events')).toBe(steps.indexOf('write/events') - 1);
    expect(steps.indexOf('write/new-evidence')).toBeLessThan(steps.indexOf('write/actors'));
    expect(steps.filter((s) => !s.startsWith('write/new-'))).toEqual([...BATCH_QUERIES]);
  });

  it('on a graph without facts, sends every row of the first batch to CREATE and none to MERGE', () => {
    const rows = batchRows([article]);
    const split = splitNewRows(rows, startWrittenIds(false));
    expect(ids(split['write/new-events'])).toEqual(ids(rows['write/events']));
    expect(ids(split['write/new-evidence']).length).toBeGreaterThan(0);
    expect(split['write/events'].rows).toEqual([]);
    expect(split['write/statements'].rows).toEqual([]);
    // Actors and the rest have no CREATE twin: articles share them, so they always MERGE.
    expect(split['write/actors']).toBe(rows['write/actors']);
  });

  it('sends ids an earlier batch of the same write made to MERGE', () => {
    const written = startWrittenIds(false);
    const rows = batchRows([article]);
    rememberWritten(rows, written);
    const again = splitNewRows(batchRows([article]), written);
    expect(again['write/new-events'].rows).toEqual([]);
    expect(ids(again['write/events'])).toEqual(ids(rows['write/events']));
    expect(ids(again['write/relationships'])).toEqual(ids(rows['write/relationships']));
  });

  it('on a graph that already held facts, sends every row to MERGE', () => {
    const rows = batchRows([article]);
    const split = splitNewRows(rows, startWrittenIds(true));
    for (const q of [
      'write/new-evidence',
      'write/new-events',
      'write/new-statements',
      'write/new-relationships',
    ] as const)
      expect(split[q].rows, q).toEqual([]);
    expect(ids(split['write/evidence'])).toEqual(ids(rows['write/evidence']));
  });
});

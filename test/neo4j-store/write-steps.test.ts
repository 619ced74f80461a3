// Which rows of a batch the writer sends to the CREATE queries: only ids that are new to a graph that held no facts
// when the write began; the seed-batching suite checks on Neo4j that both paths leave the same graph.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { claimWrite } from '../../server/store/neo4j/claim-rows.ts';
import {
  BATCH_QUERIES,
  batchSteps,
  rememberWritten,
  startWrittenIds,
  WRITE_STEPS,
  type BatchRows,
  type Step,
} from '../../server/store/neo4j/write-steps.ts';

const ids = (steps: readonly Step[], query: Step['query']) =>
  (steps.find((s) => s.query === query)?.rows ?? []).map((r) => (r as { id: string }).id);

describe('a batch write', () => {
  let article: ParsedArticle;
  let rows: BatchRows;
  beforeAll(async () => {
    [article] = (await loadArticles([DEFAULT_ARTICLES_DIR])) as [ParsedArticle];
    const published = new Map([[article.source.id, article.source.publishedAt]]);
    rows = claimWrite([article], new Map(), new Set([article.source.id]), published).rows;
  });

  it('runs each CREATE query just before its MERGE twin, so everything a query matches on is written by then', () => {
    expect(WRITE_STEPS.indexOf('write/new-events')).toBe(WRITE_STEPS.indexOf('write/events') - 1);
    expect(WRITE_STEPS.indexOf('write/new-evidence')).toBeLessThan(WRITE_STEPS.indexOf('write/actors'));
    expect(WRITE_STEPS.filter((s) => !s.startsWith('write/new-'))).toEqual([...BATCH_QUERIES]);
  });

  it('keys every row once, by the query that writes it: one row per source, span, subject and link', () => {
    expect(rows['write/sources'].map((s) => s.id)).toEqual([article.source.id]);
    expect(rows['write/events'].map((e) => e.id).sort()).toEqual(article.events.map((e) => e.id).sort());
    expect(rows['write/actors'].map((a) => a.id).sort()).toEqual(article.actors.map((a) => a.id).sort());
    const spans = rows['write/evidence'].map((e) => e.id);
    expect(new Set(spans).size).toBe(spans.length);
    expect(rows['write/event-links']).toHaveLength(article.events.flatMap((e) => e.links).length);
  });

  it('on a graph without facts, sends every row of the first batch to CREATE and none to MERGE', () => {
    const steps = batchSteps(rows, startWrittenIds(false));
    expect(ids(steps, 'write/new-events')).toEqual(rows['write/events'].map((r) => r.id));
    expect(ids(steps, 'write/new-evidence').length).toBeGreaterThan(0);
    // Steps without rows are not run at all.
    expect(steps.map((s) => s.query)).not.toContain('write/events');
    expect(steps.map((s) => s.query)).not.toContain('write/statements');
    // Actors and the rest have no CREATE twin: articles share them, so they always MERGE.
    expect(steps.find((s) => s.query === 'write/actors')?.rows).toBe(rows['write/actors']);
  });

  it('sends ids an earlier batch of the same write made to MERGE', () => {
    const written = startWrittenIds(false);
    rememberWritten(rows, written);
    const again = batchSteps(rows, written);
    expect(again.map((s) => s.query)).not.toContain('write/new-events');
    expect(ids(again, 'write/events')).toEqual(rows['write/events'].map((r) => r.id));
    expect(ids(again, 'write/relationships')).toEqual(rows['write/relationships'].map((r) => r.id));
  });

  it('on a graph that already held facts, sends every row to MERGE', () => {
    const steps = batchSteps(rows, startWrittenIds(true));
    expect(steps.filter((s) => s.query.startsWith('write/new-'))).toEqual([]);
    expect(ids(steps, 'write/evidence')).toEqual(rows['write/evidence'].map((r) => r.id));
  });
});

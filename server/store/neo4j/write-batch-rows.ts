// Several articles' write rows -> one row per node or relationship, so a batch of articles runs each write query
// once. Why merge in JS instead of concatenating: Cypher evaluates a query clause by clause, so two rows for the same
// actor in one UNWIND would both read the aliases from before the batch and the second would drop the first's
// additions. A merged row gives exactly what writing the articles one after another gives: scalars from the last
// article, lists unioned in first-seen order, each row at the position its key was first seen.
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { articleRows } from './article-rows.ts';

type ArticleRows = ReturnType<typeof articleRows>;
type RowOf<Q extends keyof ArticleRows> = ArticleRows[Q] extends { rows: ReadonlyArray<infer R> } ? R : never;
/** The fields of a row that hold lists: the ones a later article adds to instead of replacing. */
type ListField<R> = { [K in keyof R]-?: R[K] extends readonly unknown[] ? K : never }[keyof R];

/** The write queries of a batch, in the order they must run (all sources before their evidence, and so on). */
export const BATCH_QUERIES = [
  'write/sources',
  'write/evidence',
  'write/actors',
  'write/citations',
  'write/events',
  'write/event-links',
  'write/statements',
  'write/statement-quotes',
  'write/relationships',
] as const;

export type BatchQuery = (typeof BATCH_QUERIES)[number];

const itemKey = (x: unknown): string => (typeof x === 'string' ? x : JSON.stringify(x));

/**
 * `previous` then what `next` adds, as the write queries compute it (`old + [x IN new WHERE NOT x IN old]`): only
 * items already in `previous` are dropped, so this is what two articles written in turn leave behind.
 */
export function unionInOrder<T>(previous: readonly T[], next: readonly T[]): T[] {
  const seen = new Set(previous.map(itemKey));
  return [...previous, ...next.filter((x) => !seen.has(itemKey(x)))];
}

/** Rows in article order -> one row per key: scalars from the last row, `lists` unioned in order. */
export function mergeRows<R extends object>(
  rows: Iterable<R>,
  key: (row: R) => string,
  lists: ReadonlyArray<ListField<R>>,
): R[] {
  const byKey = new Map<string, R>();
  for (const row of rows) {
    const k = key(row);
    const previous = byKey.get(k);
    if (!previous) {
      byKey.set(k, row);
      continue;
    }
    const merged = { ...row };
    for (const field of lists)
      merged[field] = unionInOrder(
        previous[field] as readonly unknown[],
        row[field] as readonly unknown[],
      ) as R[typeof field];
    byKey.set(k, merged); // an existing key keeps its first-seen position
  }
  return [...byKey.values()];
}

/** Parameters for each of BATCH_QUERIES, writing `articles` as if one after another. */
export function batchRows(articles: readonly ParsedArticle[]) {
  const perArticle = articles.map(articleRows);
  const all = <Q extends Exclude<BatchQuery, 'write/sources'>>(q: Q): Array<RowOf<Q>> =>
    perArticle.flatMap((a) => (a[q] as unknown as { rows: ReadonlyArray<RowOf<Q>> }).rows);
  const byId = (r: { id: string }) => r.id;
  return {
    'write/sources': {
      rows: mergeRows(
        perArticle.map((a) => a['write/source'].source),
        byId,
        [],
      ),
    },
    'write/evidence': { rows: mergeRows(all('write/evidence'), byId, []) },
    'write/actors': { rows: mergeRows(all('write/actors'), byId, ['aliases', 'roles', 'evidenceIds']) },
    'write/citations': {
      rows: mergeRows(all('write/citations'), (r) => `${r.sourceId}\u0000${r.actorId}`, ['evidenceIds']),
    },
    'write/events': { rows: mergeRows(all('write/events'), byId, ['participants', 'evidenceIds']) },
    'write/event-links': {
      rows: mergeRows(all('write/event-links'), (r) => `${r.sourceId}\u0000${r.type}\u0000${r.targetId}`, [
        'evidenceIds',
      ]),
    },
    'write/statements': { rows: mergeRows(all('write/statements'), byId, ['evidenceIds']) },
    'write/statement-quotes': { rows: mergeRows(all('write/statement-quotes'), byId, []) },
    'write/relationships': { rows: mergeRows(all('write/relationships'), byId, ['evidenceIds']) },
  } satisfies Record<BatchQuery, { rows: readonly object[] }>;
}

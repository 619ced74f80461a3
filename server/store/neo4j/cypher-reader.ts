// The read primitives the Neo4j store is built from, over its loaded Cypher: rows, one column, a count, a
// keyset page of ids, a batched fetch by id kept in input order, and a page hydrated from its ids.
import type { ManagedTransaction } from 'neo4j-driver';
import type { QueryMap } from '../../cypher/load-queries.ts';
import { encodeCursor } from '../cursor.ts';
import type { Page } from '../store.ts';
import { toNumber } from './property-codecs.ts';
import { keysetParams } from './read-params.ts';
import type { ReadQuery } from './read-queries.ts';

export interface PageRow {
  id: string;
  key: string;
  /** Only the timeline mixes types: 'Event' or 'Statement'. */
  itemType: string | null;
}

/** Restores input order (and nulls for unknown ids) after a `WHERE n.id IN $ids` query. */
function inOrder<T extends { id: string }>(ids: readonly string[], found: readonly T[]): Array<T | null> {
  const byId = new Map(found.map((t) => [t.id, t]));
  return ids.map((id) => byId.get(id) ?? null);
}

export class CypherReader {
  constructor(private readonly queries: QueryMap<ReadQuery>) {}

  /** A query's text, for the few callers that run it themselves (the health check). */
  text(query: ReadQuery): string {
    return this.queries[query];
  }

  async rows(
    tx: ManagedTransaction,
    query: ReadQuery,
    params: Record<string, unknown>,
  ): Promise<Array<Record<string, unknown>>> {
    const result = await tx.run(this.queries[query], params);
    return result.records.map((r) => r.toObject() as Record<string, unknown>);
  }

  async column(
    tx: ManagedTransaction,
    query: ReadQuery,
    params: Record<string, unknown>,
    key: string,
  ): Promise<unknown[]> {
    return (await this.rows(tx, query, params)).map((r) => r[key]);
  }

  async count(tx: ManagedTransaction, query: ReadQuery, params: Record<string, unknown>): Promise<number> {
    const [total] = await this.column(tx, query, params, 'total');
    return toNumber(total, 'count');
  }

  async pageRows(tx: ManagedTransaction, query: ReadQuery, params: Record<string, unknown>): Promise<PageRow[]> {
    return (await this.rows(tx, query, params)).map((r) => ({
      id: String(r.id),
      key: String(r.key),
      itemType: r.itemType === undefined ? null : String(r.itemType),
    }));
  }

  async fetch<T extends { id: string }>(
    tx: ManagedTransaction,
    query: ReadQuery,
    key: string,
    map: (v: unknown) => T,
    ids: readonly string[],
  ): Promise<Array<T | null>> {
    if (ids.length === 0) return [];
    const found = (await this.column(tx, query, { ids: [...new Set(ids)] }, key)).map(map);
    return inOrder(ids, found);
  }

  /** Runs a page query and its count query, then hydrates the page's ids. */
  async page<T>(
    tx: ManagedTransaction,
    pageQuery: ReadQuery,
    countQuery: ReadQuery,
    filters: Record<string, unknown>,
    /** scope: cursorScope() of the list and its filters, which the cursors carry. */
    args: { first: number; after: string | null; scope: string },
    /** One entry per row, in row order; null for a node deleted since the page query ran (reads are read-committed). */
    hydrate: (rows: PageRow[]) => Promise<Array<T | null>>,
  ): Promise<Page<T>> {
    const first = Math.max(0, args.first);
    // Both queries go out at once (the driver pipelines them on the transaction's connection): one round trip less.
    const [rows, totalCount] = await Promise.all([
      this.pageRows(tx, pageQuery, { ...filters, ...keysetParams(first, args.after, args.scope) }),
      this.count(tx, countQuery, filters),
    ]);
    const pageRows = rows.slice(0, first);
    const nodes = await hydrate(pageRows);
    return {
      items: pageRows.flatMap((r, i) => {
        const node = nodes[i];
        return node ? [{ node, cursor: encodeCursor(r.key, r.id, args.scope) }] : [];
      }),
      hasNextPage: rows.length > first,
      totalCount,
    };
  }
}

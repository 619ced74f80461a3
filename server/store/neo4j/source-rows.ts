// A batch's sources, their citations and every evidence span its articles cite -> the rows of write/sources,
// write/citations and write/evidence. Sources carry no claims: they merge by the rule the embedded store follows
// (server/domain/sources/merge-sources.ts). Offsets go in as Cypher integers (a JS number would be stored as a float).
import neo4j, { type Integer } from 'neo4j-driver';
import type { Evidence } from '../../../core/domain/types.ts';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { mergeSources } from '../../domain/sources/merge-sources.ts';

/** An Evidence node's id: one node per span of one source, shared by every fact it supports. */
export const evidenceId = (e: Evidence): string => `${e.sourceId}:${e.start}:${e.end}`;

export interface EvidenceRow {
  id: string;
  sourceId: string;
  start: Integer;
  end: Integer;
  quote: string;
}

const spansOf = (a: ParsedArticle): Evidence[][] => [
  ...a.source.citations.map((c) => c.evidence),
  ...a.actors.map((x) => x.evidence),
  ...a.events.flatMap((e) => [e.evidence, ...e.links.map((l) => l.evidence)]),
  ...a.statements.map((s) => s.evidence),
  ...a.relationships.map((r) => r.evidence),
];

const evidenceRow = (e: Evidence): EvidenceRow => ({
  id: evidenceId(e),
  sourceId: e.sourceId,
  start: neo4j.int(e.start),
  end: neo4j.int(e.end),
  quote: e.quote,
});

/**
 * One row per span, at the position it was first cited, as it was last cited; made article by article, so a bulk
 * first seed need not hold 6M rows at 1M events (bulk-seed.ts). A span can repeat only within its source's spans:
 * those of a source that one article alone cites are told apart within the article; only the spans of sources
 * several articles cite (an article loaded twice) are kept across articles.
 */
export function* evidenceRowsOf(articles: readonly ParsedArticle[]): Generator<EvidenceRow> {
  const citedBy = new Map<string, ParsedArticle | null>(); // null: by more than one article
  for (const a of articles)
    for (const list of spansOf(a))
      for (const e of list) {
        const by = citedBy.get(e.sourceId);
        if (by === undefined) citedBy.set(e.sourceId, a);
        else if (by !== a) citedBy.set(e.sourceId, null);
      }
  const shared = new Map<string, Evidence>();
  for (const a of articles)
    for (const list of spansOf(a))
      for (const e of list) if (citedBy.get(e.sourceId) === null) shared.set(evidenceId(e), e);
  const written = new Set<string>();
  for (const a of articles) {
    const own = new Map<string, Evidence>();
    for (const list of spansOf(a)) for (const e of list) own.set(evidenceId(e), e);
    for (const [id, e] of own) {
      if (citedBy.get(e.sourceId) !== null) yield evidenceRow(e);
      else if (!written.has(id)) {
        written.add(id);
        yield evidenceRow(shared.get(id)!);
      }
    }
  }
}

export function sourceRows(batch: readonly ParsedArticle[]) {
  return { ...sourceNodeRows(batch), 'write/evidence': [...evidenceRowsOf(batch)] };
}

/** The rows of write/sources and write/citations (a bulk first seed makes the evidence rows chunk by chunk). */
export function sourceNodeRows(batch: readonly ParsedArticle[]) {
  const sources = [...mergeSources(batch).values()];
  return {
    'write/sources': sources.map(({ id, title, publisher, publishedAt, url, text }) => ({
      id,
      title,
      publisher,
      publishedAt,
      url,
      text,
    })),
    'write/citations': sources.flatMap((s) =>
      s.citations.map((c) => ({ sourceId: s.id, actorId: c.actorId, evidenceIds: c.evidence.map(evidenceId) })),
    ),
  };
}

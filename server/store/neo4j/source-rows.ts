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

/** One row per span, at the position it was first cited. */
function evidenceRows(batch: readonly ParsedArticle[]): EvidenceRow[] {
  const byId = new Map<string, EvidenceRow>();
  for (const list of batch.flatMap(spansOf))
    for (const e of list) {
      const id = evidenceId(e);
      byId.set(id, { id, sourceId: e.sourceId, start: neo4j.int(e.start), end: neo4j.int(e.end), quote: e.quote });
    }
  return [...byId.values()];
}

export function sourceRows(batch: readonly ParsedArticle[]) {
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
    'write/evidence': evidenceRows(batch),
    'write/citations': sources.flatMap((s) =>
      s.citations.map((c) => ({ sourceId: s.id, actorId: c.actorId, evidenceIds: c.evidence.map(evidenceId) })),
    ),
  };
}

// ParsedArticle -> the parameter rows of the cypher/write queries. Offsets go in as Cypher integers (a JS
// number would be stored as a float), and every list is in the order the article gives it.
import neo4j, { type Integer } from 'neo4j-driver';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { sortKeyOf } from '../../../core/dates/fuzzy-date.ts';
import type { Evidence, FuzzyDate } from '../../../core/domain/types.ts';
import { encodeRole } from './map-records.ts';
import { spanLabels } from './span-reach.ts';

/** An Evidence node's id: one node per span of one source, shared by every fact it supports. */
export const evidenceId = (e: Evidence): string => `${e.sourceId}:${e.start}:${e.end}`;

const ids = (list: readonly Evidence[]) => list.map(evidenceId);

interface DateColumns {
  edtf: string | null;
  earliest: string | null;
  latest: string | null;
  precision: string | null;
  label: string | null;
  sortKey: string;
  /** Set as labels on timeline items (see span-reach.ts); relationships ignore them. */
  longSpan: boolean;
  openSpan: boolean;
}

function dateColumns(date: FuzzyDate | null): DateColumns {
  return {
    edtf: date?.edtf ?? null,
    earliest: date?.earliest ?? null,
    latest: date?.latest ?? null,
    precision: date?.precision ?? null,
    label: date?.label ?? null,
    sortKey: sortKeyOf(date),
    ...spanLabels(date),
  };
}

export interface EvidenceRow {
  id: string;
  sourceId: string;
  start: Integer;
  end: Integer;
  quote: string;
}

function evidenceRows(a: ParsedArticle): EvidenceRow[] {
  const all: Evidence[] = [
    ...a.source.citations.flatMap((c) => c.evidence),
    ...a.actors.flatMap((x) => x.evidence),
    ...a.events.flatMap((e) => [...e.evidence, ...e.links.flatMap((l) => l.evidence)]),
    ...a.statements.flatMap((s) => s.evidence),
    ...a.relationships.flatMap((r) => r.evidence),
  ];
  const byId = new Map<string, EvidenceRow>();
  for (const e of all)
    byId.set(evidenceId(e), {
      id: evidenceId(e),
      sourceId: e.sourceId,
      start: neo4j.int(e.start),
      end: neo4j.int(e.end),
      quote: e.quote,
    });
  return [...byId.values()];
}

/** Parameters for each write query, by query name, in the order they must run. */
export function articleRows(a: ParsedArticle) {
  const { citations, ...source } = a.source;
  return {
    'write/source': { source },
    'write/evidence': { rows: evidenceRows(a) },
    'write/actors': {
      rows: a.actors.map((x) => ({
        id: x.id,
        name: x.name,
        kind: x.kind,
        aliases: x.aliases,
        roles: x.roles.map(encodeRole),
        evidenceIds: ids(x.evidence),
      })),
    },
    'write/citations': {
      rows: citations.map((c) => ({ sourceId: a.source.id, actorId: c.actorId, evidenceIds: ids(c.evidence) })),
    },
    'write/events': {
      rows: a.events.map((e) => ({
        id: e.id,
        title: e.title,
        kind: e.kind,
        description: e.description,
        location: e.location,
        ...dateColumns(e.date),
        participants: e.participants,
        evidenceIds: ids(e.evidence),
      })),
    },
    'write/event-links': {
      rows: a.events.flatMap((e) =>
        e.links.map((l) => ({ sourceId: e.id, type: l.type, targetId: l.targetId, evidenceIds: ids(l.evidence) })),
      ),
    },
    'write/statements': {
      rows: a.statements.map((s) => ({
        id: s.id,
        text: s.text,
        kind: s.kind,
        ...dateColumns(s.date),
        speakerId: s.speakerId,
        eventId: s.eventId,
        evidenceIds: ids(s.evidence),
      })),
    },
    'write/statement-quotes': { rows: a.statements.map((s) => ({ id: s.id, quotedInId: s.quotedInId })) },
    'write/relationships': {
      rows: a.relationships.map((r) => ({
        id: r.id,
        type: r.type,
        sourceId: r.sourceId,
        targetId: r.targetId,
        ...dateColumns(r.date),
        evidenceIds: ids(r.evidence),
      })),
    },
  } as const;
}

export type WriteQuery = keyof ReturnType<typeof articleRows>;

export const WRITE_QUERIES: readonly WriteQuery[] = [
  'write/source',
  'write/evidence',
  'write/actors',
  'write/citations',
  'write/events',
  'write/event-links',
  'write/statements',
  'write/statement-quotes',
  'write/relationships',
];

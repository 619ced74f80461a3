// Folds several articles into one graph: every article's claims are kept (collect-claims.ts) and each node shows
// the values the reconciliation rule derives from them (server/domain/claims, docs/claims.md), so the graph does
// not depend on the order articles are loaded in. Sources' citations are unions.
import type {
  Actor,
  Event,
  EventLink,
  Participant,
  Relationship,
  Role,
  Source,
  Statement,
} from '../../../core/domain/types.ts';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import type { Claim, Dispute } from '../../domain/claims/claim.ts';
import { collectClaims } from '../../domain/claims/collect-claims.ts';
import { mergeSources } from '../../domain/sources/merge-sources.ts';
import { disputesOf, reconcileSubject } from '../../domain/claims/reconcile-subject.ts';
import { shownSubject } from '../../domain/claims/shown-subjects.ts';

export interface GraphSnapshot {
  actors: Map<string, Actor>;
  events: Map<string, Event>;
  statements: Map<string, Statement>;
  relationships: Map<string, Relationship>;
  sources: Map<string, Source>;
  /** Every subject's claims by id, sorted by subject type, field, value, source (an id two types share holds both). */
  claims: Map<string, Claim[]>;
  /** Every dispute, by subject id then field. */
  disputes: Dispute[];
}

export function mergeArticles(articles: readonly ParsedArticle[]): GraphSnapshot {
  const g: GraphSnapshot = {
    actors: new Map(),
    events: new Map(),
    statements: new Map(),
    relationships: new Map(),
    sources: mergeSources(articles),
    claims: new Map(),
    disputes: [],
  };
  const published = new Map([...g.sources.values()].map((s) => [s.id, s.publishedAt] as const));
  const subjects = [...collectClaims(articles).values()].sort(
    (a, b) => byString(a.id, b.id) || byString(a.type, b.type),
  );
  const backReferences: StatementClaims[] = [];
  for (const { type, id, claims } of subjects) {
    const r = reconcileSubject(type, claims, published);
    const shown = shownSubject(type, id, r);
    if (shown.type === 'Actor') g.actors.set(id, shown.node);
    else if (shown.type === 'Event') g.events.set(id, shown.node);
    else if (shown.type === 'Statement') g.statements.set(id, shown.node);
    else g.relationships.set(id, shown.node);
    // r.claims is a fresh array: kept as it is unless the id already names a subject of another type.
    const earlier = g.claims.get(id);
    g.claims.set(id, earlier ? [...earlier, ...r.claims] : r.claims);
    if (r.disputedFields.length > 0) g.disputes.push(...disputesOf(type, id, r));
    if (type === 'Statement') backReferences.push({ statementId: id, claims: r.claims });
  }
  deriveBackReferences(g, backReferences);
  sortLists(g);
  return g;
}

interface StatementClaims {
  statementId: string;
  /** The statement's own claims, sorted by field (reconcile-subject.ts). */
  claims: readonly Claim[];
}

/**
 * statementIds and quoteIds follow from the statements' claims: a statement that any source places at an event (or
 * quotes inside another) is listed there, so a disputed place shows at every place claimed, not only the shown one.
 */
function deriveBackReferences(g: GraphSnapshot, statements: readonly StatementClaims[]): void {
  for (const { statementId, claims } of statements) {
    // Claims are sorted by value within a field, so a value claimed by several sources comes in one run.
    let last: Claim | null = null;
    for (const c of claims) {
      if (last !== null && last.field === c.field && last.value === c.value) continue;
      last = c;
      if (c.field === 'event') g.events.get(c.value)?.statementIds.push(statementId);
      else if (c.field === 'quotedIn') g.statements.get(c.value)?.quoteIds.push(statementId);
    }
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byParticipant = (a: Participant, b: Participant) => byString(a.actorId, b.actorId) || byString(a.role, b.role);
const byLink = (a: EventLink, b: EventLink) => byString(a.targetId, b.targetId) || byString(a.type, b.type);
const byTitle = (a: Role, b: Role) => byString(a.title, b.title);
const byActorId = (a: { actorId: string }, b: { actorId: string }) => byString(a.actorId, b.actorId);

/** Sorts in place; most lists here have 0 or 1 items, which need no call into sort. */
function sortIn<T>(list: T[], compare: (a: T, b: T) => number): void {
  if (list.length > 1) list.sort(compare);
}

/** Lists come out in a fixed order so both stores answer identically. */
function sortLists(g: GraphSnapshot): void {
  for (const e of g.events.values()) {
    sortIn(e.statementIds, byString);
    sortIn(e.participants, byParticipant);
    sortIn(e.links, byLink);
  }
  for (const s of g.statements.values()) sortIn(s.quoteIds, byString);
  for (const a of g.actors.values()) sortIn(a.roles, byTitle);
  for (const s of g.sources.values()) sortIn(s.citations, byActorId);
}

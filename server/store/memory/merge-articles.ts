// Folds several articles into one graph: every article's claims are kept (made from its listings on read,
// subject-listings.ts) and each node shows
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
import { mergeSources } from '../../domain/sources/merge-sources.ts';
import { disputesOf, reconcileSubject } from '../../domain/claims/reconcile-subject.ts';
import { shownSubject } from '../../domain/claims/shown-subjects.ts';
import { ClaimsBySubject } from './claims-by-subject.ts';
import { claimsOf, listSubjects } from '../../domain/claims/subject-listings.ts';

export interface GraphSnapshot {
  actors: Map<string, Actor>;
  events: Map<string, Event>;
  statements: Map<string, Statement>;
  relationships: Map<string, Relationship>;
  sources: Map<string, Source>;
  /**
   * Every subject's claims by id, sorted by subject type, field, value, source (an id two types share holds both);
   * made from the articles on each read (claims-by-subject.ts), not kept.
   */
  claims: ReadonlyMap<string, Claim[]>;
  /** Every dispute, by subject id then field. */
  disputes: Dispute[];
}

export function mergeArticles(articles: readonly ParsedArticle[]): GraphSnapshot {
  const subjects = listSubjects(articles);
  const g: GraphSnapshot = {
    actors: new Map(),
    events: new Map(),
    statements: new Map(),
    relationships: new Map(),
    sources: mergeSources(articles),
    claims: new ClaimsBySubject(subjects),
    disputes: [],
  };
  const published = new Map([...g.sources.values()].map((s) => [s.id, s.publishedAt] as const));
  const backReferences: BackReference[] = [];
  for (const s of [...subjects.values()].flat()) {
    const { type, id } = s;
    // The claims live only while their subject is reconciled: young garbage is cheap to collect, 2.6M kept
    // claims were not (subject-listings.ts).
    const r = reconcileSubject(type, claimsOf(s), published);
    const shown = shownSubject(type, id, r);
    if (shown.type === 'Actor') g.actors.set(id, shown.node);
    else if (shown.type === 'Event') g.events.set(id, shown.node);
    else if (shown.type === 'Statement') g.statements.set(id, shown.node);
    else g.relationships.set(id, shown.node);
    if (r.disputedFields.length > 0) g.disputes.push(...disputesOf(type, id, r));
    if (type === 'Statement') backReferencesOf(id, r.claims, backReferences);
  }
  for (const { statementId, field, value } of backReferences) {
    if (field === 'event') g.events.get(value)?.statementIds.push(statementId);
    else g.statements.get(value)?.quoteIds.push(statementId);
  }
  sortLists(g);
  return g;
}

/** A statement any source places at an event, or quotes inside another statement. */
interface BackReference {
  statementId: string;
  field: 'event' | 'quotedIn';
  value: string;
}

/**
 * statementIds and quoteIds follow from the statements' claims: a statement that any source places at an event (or
 * quotes inside another) is listed there, so a disputed place shows at every place claimed, not only the shown one.
 * `claims` are the statement's own, sorted by field then value (reconcile-subject.ts).
 */
function backReferencesOf(statementId: string, claims: readonly Claim[], out: BackReference[]): void {
  // Claims are sorted by value within a field, so a value claimed by several sources comes in one run.
  let last: Claim | null = null;
  for (const c of claims) {
    if (last !== null && last.field === c.field && last.value === c.value) continue;
    last = c;
    if (c.field === 'event' || c.field === 'quotedIn') out.push({ statementId, field: c.field, value: c.value });
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

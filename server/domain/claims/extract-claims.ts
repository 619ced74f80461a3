// An article's facts -> its claims: one per scalar field it gives and one per item of each list field. A claim's
// evidence is the article's evidence for the subject (the document format ties spans to facts, not to fields);
// an event link's is its own spans (often none).
import type { Actor, Event, Evidence, FuzzyDate, Relationship, Statement } from '../../../core/domain/types.ts';
import type { Claim, ClaimSubjectType } from './claim.ts';
import { joinItem } from './claim-fields.ts';

/** What extractClaims reads: an article's facts, as a ParsedArticle holds them. */
export interface ArticleFacts {
  source: { id: string };
  actors: readonly Actor[];
  events: readonly Event[];
  statements: readonly Statement[];
  relationships: readonly Relationship[];
}

/** One subject's claims from one article: what collect-claims.ts files under one subject in one look-up. */
export interface SubjectGroup {
  type: ClaimSubjectType;
  id: string;
  claims: Claim[];
}

/** An item an article lists: what one source says about one subject. */
export type ListedItem = Actor | Event | Statement | Relationship;

export function extractClaims(article: ArticleFacts): Claim[] {
  return extractSubjectGroups(article).flatMap((g) => g.claims);
}

/** The article's claims, one group per subject it lists (a subject listed twice gives two groups). */
export function extractSubjectGroups(article: ArticleFacts): SubjectGroup[] {
  const sourceId = article.source.id;
  const out: SubjectGroup[] = [];
  for (const a of article.actors) out.push({ type: 'Actor', id: a.id, claims: actorClaims(a, sourceId) });
  for (const e of article.events) out.push({ type: 'Event', id: e.id, claims: eventClaims(e, sourceId) });
  for (const s of article.statements) out.push({ type: 'Statement', id: s.id, claims: statementClaims(s, sourceId) });
  for (const r of article.relationships)
    out.push({ type: 'Relationship', id: r.id, claims: relationshipClaims(r, sourceId) });
  return out;
}

/**
 * The claims `sourceId` makes by listing one item of subject type `type`, field by field (collect-claims.ts relies
 * on that order). The item must be of that type: the type is passed rather than wrapped with each item.
 */
export function itemClaims(type: ClaimSubjectType, item: ListedItem, sourceId: string): Claim[] {
  switch (type) {
    case 'Actor':
      return actorClaims(item as Actor, sourceId);
    case 'Event':
      return eventClaims(item as Event, sourceId);
    case 'Statement':
      return statementClaims(item as Statement, sourceId);
    case 'Relationship':
      return relationshipClaims(item as Relationship, sourceId);
  }
}

// Plain functions pushing into one list, not a closure per subject: this runs for ~1M listings at 100k events,
// at start-up and again whenever the embedded store reads a subject's claims.
function add(
  out: Claim[],
  subjectType: ClaimSubjectType,
  subjectId: string,
  field: string,
  value: string | null,
  date: FuzzyDate | null,
  sourceId: string,
  evidence: Evidence[],
): void {
  if (value !== null) out.push({ subjectType, subjectId, field, value, date, sourceId, evidence });
}

function actorClaims(a: Actor, sourceId: string): Claim[] {
  const out: Claim[] = [];
  const { id, evidence } = a;
  add(out, 'Actor', id, 'name', a.name, null, sourceId, evidence);
  add(out, 'Actor', id, 'kind', a.kind, null, sourceId, evidence);
  for (const alias of a.aliases) add(out, 'Actor', id, 'aliases', alias, null, sourceId, evidence);
  for (const r of a.roles) add(out, 'Actor', id, 'roles', joinItem(r.title, r.ofActorId), null, sourceId, evidence);
  return out;
}

function eventClaims(e: Event, sourceId: string): Claim[] {
  const out: Claim[] = [];
  const { id, evidence } = e;
  add(out, 'Event', id, 'title', e.title, null, sourceId, evidence);
  add(out, 'Event', id, 'kind', e.kind, null, sourceId, evidence);
  add(out, 'Event', id, 'description', e.description, null, sourceId, evidence);
  add(out, 'Event', id, 'location', e.location, null, sourceId, evidence);
  add(out, 'Event', id, 'date', e.date.edtf, e.date, sourceId, evidence);
  for (const p of e.participants)
    add(out, 'Event', id, 'participants', joinItem(p.actorId, p.role), null, sourceId, evidence);
  for (const l of e.links) add(out, 'Event', id, 'links', joinItem(l.type, l.targetId), null, sourceId, l.evidence);
  return out;
}

function statementClaims(s: Statement, sourceId: string): Claim[] {
  const out: Claim[] = [];
  const { id, evidence } = s;
  add(out, 'Statement', id, 'text', s.text, null, sourceId, evidence);
  add(out, 'Statement', id, 'kind', s.kind, null, sourceId, evidence);
  add(out, 'Statement', id, 'speaker', s.speakerId, null, sourceId, evidence);
  add(out, 'Statement', id, 'date', s.date.edtf, s.date, sourceId, evidence);
  add(out, 'Statement', id, 'event', s.eventId, null, sourceId, evidence);
  add(out, 'Statement', id, 'quotedIn', s.quotedInId, null, sourceId, evidence);
  return out;
}

function relationshipClaims(r: Relationship, sourceId: string): Claim[] {
  const out: Claim[] = [];
  const { id, evidence } = r;
  add(out, 'Relationship', id, 'type', r.type, null, sourceId, evidence);
  add(out, 'Relationship', id, 'source', r.sourceId, null, sourceId, evidence);
  add(out, 'Relationship', id, 'target', r.targetId, null, sourceId, evidence);
  if (r.date) add(out, 'Relationship', id, 'date', r.date.edtf, r.date, sourceId, evidence);
  return out;
}

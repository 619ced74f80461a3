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

export function extractClaims(article: ArticleFacts): Claim[] {
  return extractSubjectGroups(article).flatMap((g) => g.claims);
}

/** The article's claims, one group per subject it lists (a subject listed twice gives two groups). */
export function extractSubjectGroups(article: ArticleFacts): SubjectGroup[] {
  const sourceId = article.source.id;
  const out: SubjectGroup[] = [];
  const subject = (subjectType: ClaimSubjectType, subjectId: string, evidence: Evidence[]) => {
    const claims: Claim[] = [];
    out.push({ type: subjectType, id: subjectId, claims });
    const claim = (field: string, value: string | null, date: FuzzyDate | null = null, ev = evidence) => {
      if (value !== null) claims.push({ subjectType, subjectId, field, value, date, sourceId, evidence: ev });
    };
    return claim;
  };
  for (const a of article.actors) {
    const claim = subject('Actor', a.id, a.evidence);
    claim('name', a.name);
    claim('kind', a.kind);
    for (const alias of a.aliases) claim('aliases', alias);
    for (const r of a.roles) claim('roles', joinItem(r.title, r.ofActorId));
  }
  for (const e of article.events) {
    const claim = subject('Event', e.id, e.evidence);
    claim('title', e.title);
    claim('kind', e.kind);
    claim('description', e.description);
    claim('location', e.location);
    claim('date', e.date.edtf, e.date);
    for (const p of e.participants) claim('participants', joinItem(p.actorId, p.role));
    for (const l of e.links) claim('links', joinItem(l.type, l.targetId), null, l.evidence);
  }
  for (const s of article.statements) {
    const claim = subject('Statement', s.id, s.evidence);
    claim('text', s.text);
    claim('kind', s.kind);
    claim('speaker', s.speakerId);
    claim('date', s.date.edtf, s.date);
    claim('event', s.eventId);
    claim('quotedIn', s.quotedInId);
  }
  for (const r of article.relationships) {
    const claim = subject('Relationship', r.id, r.evidence);
    claim('type', r.type);
    claim('source', r.sourceId);
    claim('target', r.targetId);
    if (r.date) claim('date', r.date.edtf, r.date);
  }
  return out;
}

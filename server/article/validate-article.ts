// Turns a raw article document plus its text into a ParsedArticle, or an error listing every problem:
// shape (zod), then what a schema cannot see: spans that must match the text, references, dates.
import type { Actor, Evidence, Event, FuzzyDate, Relationship, Statement } from '../domain/types.ts';
import { InvalidDateError, parseFuzzyDate } from '../domain/fuzzy-date.ts';
import { articleDocumentSchema, type ArticleDocument, type SpanDoc } from './document-schema.ts';
import { ArticleValidationError, formatPath, type ArticleIssue } from './article-validation-error.ts';
import type { ParsedArticle } from './parsed-article.ts';

export function validateArticle(file: string, raw: unknown, text: string): ParsedArticle {
  const shape = articleDocumentSchema.safeParse(raw);
  if (!shape.success) {
    throw new ArticleValidationError(
      file,
      shape.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const doc = shape.data;
  const issues: ArticleIssue[] = [];
  const sourceId = doc.source.id;

  const spans = (path: string, list: readonly SpanDoc[]): Evidence[] =>
    list.map((s, i) => {
      if (s.end <= s.start || s.end > text.length) {
        issues.push({
          path: `${path}[${i}]`,
          message: `span ${s.start}..${s.end} is outside the text (length ${text.length})`,
        });
      } else if (s.quote.length !== s.end - s.start || !text.startsWith(s.quote, s.start)) {
        // Compared in place: slicing every one of ~400k spans at 100k events only to compare it costs garbage.
        const actual = text.slice(s.start, s.end);
        issues.push({
          path: `${path}[${i}].quote`,
          message: `does not match the text at ${s.start}..${s.end}, which reads ${JSON.stringify(actual)}`,
        });
      }
      return { sourceId, start: s.start, end: s.end, quote: s.quote };
    });

  const date = (path: string, edtf: string): FuzzyDate => {
    try {
      return parseFuzzyDate(edtf);
    } catch (e) {
      if (!(e instanceof InvalidDateError)) throw e;
      issues.push({ path, message: e.message });
      return { edtf, earliest: null, latest: null, precision: 'open', label: edtf };
    }
  };

  const ids = new Map<string, string>();
  const declare = (path: string, id: string) => {
    const previous = ids.get(id);
    if (previous) issues.push({ path: `${path}.id`, message: `id "${id}" is already used at ${previous}` });
    else ids.set(id, path);
  };
  const actorIds = new Set(doc.actors.map((a) => a.id));
  const eventIds = new Set(doc.events.map((e) => e.id));
  const statementIds = new Set(doc.statements.map((s) => s.id));
  const ref = (path: string, id: string, kind: string, known: Set<string>) => {
    if (!known.has(id))
      issues.push({ path, message: `unknown ${kind} "${id}" (declare it in this document's ${kind}s)` });
  };

  // Back-references in document order, grouped once rather than by a scan of all statements per item.
  const statementsOfEvent = groupIds(doc.statements, (s) => s.event);
  const quotesOf = groupIds(doc.statements, (s) => s.quotedIn);

  const actors: Actor[] = doc.actors.map((a, i) => {
    declare(`actors[${i}]`, a.id);
    a.roles.forEach((r, j) => r.of && ref(`actors[${i}].roles[${j}].of`, r.of, 'actor', actorIds));
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      roles: a.roles.map((r) => ({ title: r.title, ofActorId: r.of ?? null })),
      evidence: spans(`actors[${i}].evidence`, a.evidence),
    };
  });

  const events: Event[] = doc.events.map((e, i) => {
    const at = `events[${i}]`;
    declare(at, e.id);
    e.participants.forEach((p, j) => ref(`${at}.participants[${j}].actor`, p.actor, 'actor', actorIds));
    e.links.forEach((l, j) => ref(`${at}.links[${j}].target`, l.target, 'event', eventIds));
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      description: e.description ?? null,
      location: e.location ?? null,
      date: date(`${at}.date`, e.date),
      participants: e.participants.map((p) => ({ actorId: p.actor, role: p.role })),
      links: e.links.map((l, j) => ({
        type: l.type,
        targetId: l.target,
        evidence: spans(`${at}.links[${j}].evidence`, l.evidence),
      })),
      statementIds: statementsOfEvent.get(e.id) ?? [],
      evidence: spans(`${at}.evidence`, e.evidence),
    };
  });

  const statements: Statement[] = doc.statements.map((s, i) => {
    const at = `statements[${i}]`;
    declare(at, s.id);
    ref(`${at}.speaker`, s.speaker, 'actor', actorIds);
    if (s.event) ref(`${at}.event`, s.event, 'event', eventIds);
    if (s.quotedIn) {
      ref(`${at}.quotedIn`, s.quotedIn, 'statement', statementIds);
      if (s.quotedIn === s.id) issues.push({ path: `${at}.quotedIn`, message: 'a statement cannot quote itself' });
    }
    return {
      id: s.id,
      text: s.text,
      kind: s.kind,
      speakerId: s.speaker,
      date: date(`${at}.date`, s.date),
      eventId: s.event ?? null,
      quotedInId: s.quotedIn ?? null,
      quoteIds: quotesOf.get(s.id) ?? [],
      evidence: spans(`${at}.evidence`, s.evidence),
    };
  });

  const relationships: Relationship[] = doc.relationships.map((r, i) => {
    const at = `relationships[${i}]`;
    declare(at, r.id);
    ref(`${at}.source`, r.source, 'actor', actorIds);
    ref(`${at}.target`, r.target, 'actor', actorIds);
    return {
      id: r.id,
      type: r.type,
      sourceId: r.source,
      targetId: r.target,
      date: r.date === undefined ? null : date(`${at}.date`, r.date),
      evidence: spans(`${at}.evidence`, r.evidence),
    };
  });

  const citations = doc.source.citations.map((c, i) => {
    ref(`source.citations[${i}].actor`, c.actor, 'actor', actorIds);
    return { actorId: c.actor, evidence: spans(`source.citations[${i}].evidence`, c.evidence) };
  });

  if (issues.length > 0) throw new ArticleValidationError(file, issues);
  return {
    file,
    source: { ...sourceFields(doc), text, citations },
    actors,
    events,
    statements,
    relationships,
  };
}

function sourceFields(doc: ArticleDocument) {
  const { id, title, publisher, publishedAt } = doc.source;
  return { id, title, publisher, publishedAt, url: doc.source.url ?? null };
}

function groupIds<T extends { id: string }>(items: readonly T[], keyOf: (t: T) => string | undefined) {
  const groups = new Map<string, string[]>();
  for (const t of items) {
    const key = keyOf(t);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(t.id);
    else groups.set(key, [t.id]);
  }
  return groups;
}

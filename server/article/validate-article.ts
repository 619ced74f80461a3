// Turns a raw article document plus its text into a ParsedArticle, or an error listing every problem:
// shape (zod), then what a schema cannot see: spans that must match the text, references, dates.
import type { Actor, Evidence, Event, FuzzyDate, Relationship, Statement } from '../../core/domain/types.ts';
import { InvalidDateError, parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { calendarDayProblem } from '../../core/dates/calendar-day.ts';
import { articleDocumentSchema, type ArticleDocument, type SpanDoc } from './document-schema.ts';
import { ArticleValidationError, formatPath, type ArticleIssue } from './article-validation-error.ts';
import type { ParsedArticle } from './parsed-article.ts';
import { compileSchemaReader, NO_MATCH } from './schema-reader.ts';
import { unreviewedIssues } from './check-reviewed.ts';

// Documents the schema accepts are read by the compiled reader; anything it cannot vouch for goes to zod, which
// then gives the result or the errors.
const readDocument = compileSchemaReader(articleDocumentSchema);

function parseShape(raw: unknown): ReturnType<typeof articleDocumentSchema.safeParse> {
  const data = readDocument(raw);
  if (data === NO_MATCH) return articleDocumentSchema.safeParse(raw);
  return { success: true, data: data as ArticleDocument };
}

export function validateArticle(file: string, raw: unknown, text: string): ParsedArticle {
  const shape = parseShape(raw);
  if (!shape.success) {
    throw new ArticleValidationError(
      file,
      shape.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const doc = shape.data;
  const issues: ArticleIssue[] = unreviewedIssues(file, doc);
  const sourceId = doc.source.id;
  // One article reports everything it holds and disputes nothing; disagreement appears only across sources.
  const reportedBy = [sourceId];
  const disputedFields: string[] = [];
  // The schema checks the shape YYYY-MM-DD; whether the day exists is checked here, in words.
  const publishedProblem = calendarDayProblem(doc.source.publishedAt);
  if (publishedProblem) issues.push({ path: 'source.publishedAt', message: publishedProblem });

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
      // The quote kept is a slice of the text, equal to the document's (or the document is rejected): V8 keeps a
      // slice as a pointer into the text, which the store holds anyway, where the parsed quote is its own copy
      // (18 MB of characters at 100k events that every young-generation collection had to copy).
      return { sourceId, start: s.start, end: s.end, quote: text.slice(s.start, s.end) };
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

  /** How every fact of the article ends: reported by its one source, disputed in nothing, and its spans. */
  const reported = (at: string, list: readonly SpanDoc[]) => ({
    reportedBy,
    disputedFields,
    evidence: spans(`${at}.evidence`, list),
  });

  const ids = new Map<string, string>();
  const declare = (path: string, id: string) => {
    const previous = ids.get(id);
    if (previous) issues.push({ path: `${path}.id`, message: `id "${id}" is already used at ${previous}` });
    else ids.set(id, path);
  };
  // Each id mapped to itself: a reference resolves to the declared string, so the ~200 copies per document that
  // JSON.parse made of referenced ids die young rather than being kept (and copied by every young collection).
  const canonical = (items: ReadonlyArray<{ id: string }>) => new Map(items.map((t) => [t.id, t.id] as const));
  const actorIds = canonical(doc.actors);
  const eventIds = canonical(doc.events);
  const statementIds = canonical(doc.statements);
  const ref = (path: string, id: string, kind: string, known: ReadonlyMap<string, string>): string => {
    const declared = known.get(id);
    if (declared !== undefined) return declared;
    issues.push({ path, message: `unknown ${kind} "${id}" (declare it in this document's ${kind}s)` });
    return id;
  };

  // Back-references in document order, grouped once rather than by a scan of all statements per item.
  const statementsOfEvent = groupIds(doc.statements, (s) => s.event);
  const quotesOf = groupIds(doc.statements, (s) => s.quotedIn);

  const actors: Actor[] = doc.actors.map((a, i) => {
    declare(`actors[${i}]`, a.id);
    const roles = a.roles.map((r, j) => ({
      title: r.title,
      ofActorId: r.of ? ref(`actors[${i}].roles[${j}].of`, r.of, 'actor', actorIds) : (r.of ?? null),
    }));
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      roles,
      ...reported(`actors[${i}]`, a.evidence),
    };
  });

  const events: Event[] = doc.events.map((e, i) => {
    const at = `events[${i}]`;
    declare(at, e.id);
    const participants = e.participants.map((p, j) => ({
      actorId: ref(`${at}.participants[${j}].actor`, p.actor, 'actor', actorIds),
      role: p.role,
    }));
    const targets = e.links.map((l, j) => ref(`${at}.links[${j}].target`, l.target, 'event', eventIds));
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      description: e.description ?? null,
      location: e.location ?? null,
      date: date(`${at}.date`, e.date),
      participants,
      links: e.links.map((l, j) => ({
        type: l.type,
        targetId: targets[j]!,
        evidence: spans(`${at}.links[${j}].evidence`, l.evidence),
      })),
      statementIds: statementsOfEvent.get(e.id) ?? [],
      ...reported(at, e.evidence),
    };
  });

  const statements: Statement[] = doc.statements.map((s, i) => {
    const at = `statements[${i}]`;
    declare(at, s.id);
    const speakerId = ref(`${at}.speaker`, s.speaker, 'actor', actorIds);
    const eventId = s.event ? ref(`${at}.event`, s.event, 'event', eventIds) : (s.event ?? null);
    let quotedInId = s.quotedIn ?? null;
    if (s.quotedIn) {
      quotedInId = ref(`${at}.quotedIn`, s.quotedIn, 'statement', statementIds);
      if (s.quotedIn === s.id) issues.push({ path: `${at}.quotedIn`, message: 'a statement cannot quote itself' });
    }
    return {
      id: s.id,
      text: s.text,
      kind: s.kind,
      speakerId,
      date: date(`${at}.date`, s.date),
      eventId,
      quotedInId,
      quoteIds: quotesOf.get(s.id) ?? [],
      ...reported(at, s.evidence),
    };
  });

  const relationships: Relationship[] = doc.relationships.map((r, i) => {
    const at = `relationships[${i}]`;
    declare(at, r.id);
    const from = ref(`${at}.source`, r.source, 'actor', actorIds);
    const to = ref(`${at}.target`, r.target, 'actor', actorIds);
    return {
      id: r.id,
      type: r.type,
      sourceId: from,
      targetId: to,
      date: r.date === undefined ? null : date(`${at}.date`, r.date),
      ...reported(at, r.evidence),
    };
  });

  const citations = doc.source.citations.map((c, i) => {
    const actorId = ref(`source.citations[${i}].actor`, c.actor, 'actor', actorIds);
    return { actorId, evidence: spans(`source.citations[${i}].evidence`, c.evidence) };
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

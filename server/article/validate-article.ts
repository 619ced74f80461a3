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

  // Paths are written only for an issue: at 100k events writing every item's paths up front was ~2M strings.
  const spans = (list: readonly SpanDoc[], where: Where, i: number, field: string, j = -1, leaf = ''): Evidence[] =>
    list.map((s, k) => {
      if (s.end <= s.start || s.end > text.length) {
        issues.push({
          path: `${pathAt(where, i, field, j, leaf)}[${k}]`,
          message: `span ${s.start}..${s.end} is outside the text (length ${text.length})`,
        });
      } else if (s.quote.length !== s.end - s.start || !text.startsWith(s.quote, s.start)) {
        // Compared in place: slicing every one of ~400k spans at 100k events only to compare it costs garbage.
        const actual = text.slice(s.start, s.end);
        issues.push({
          path: `${pathAt(where, i, field, j, leaf)}[${k}].quote`,
          message: `does not match the text at ${s.start}..${s.end}, which reads ${JSON.stringify(actual)}`,
        });
      }
      // The quote kept is a slice of the text, equal to the document's (or the document is rejected): V8 keeps a
      // slice as a pointer into the text, which the store holds anyway, where the parsed quote is its own copy
      // (18 MB of characters at 100k events that every young-generation collection had to copy).
      return { sourceId, start: s.start, end: s.end, quote: text.slice(s.start, s.end) };
    });

  const date = (edtf: string, where: Where, i: number): FuzzyDate => {
    try {
      return parseFuzzyDate(edtf);
    } catch (e) {
      if (!(e instanceof InvalidDateError)) throw e;
      issues.push({ path: pathAt(where, i, '.date'), message: e.message });
      return { edtf, earliest: null, latest: null, precision: 'open', label: edtf };
    }
  };

  // Where each id is declared, as a number (declaredAt), so no path is written unless an id is used twice.
  const ids = new Map<string, number>();
  const declare = (where: Where, i: number, id: string) => {
    const previous = ids.get(id);
    if (previous !== undefined)
      issues.push({
        path: pathAt(where, i, '.id'),
        message: `id "${id}" is already used at ${declaredPath(previous)}`,
      });
    else ids.set(id, declaredAt(where, i));
  };
  // Each id mapped to itself: a reference resolves to the declared string, so the ~200 copies per document that
  // JSON.parse made of referenced ids die young rather than being kept (and copied by every young collection).
  const canonical = (items: ReadonlyArray<{ id: string }>) => new Map(items.map((t) => [t.id, t.id] as const));
  const actorIds = canonical(doc.actors);
  const eventIds = canonical(doc.events);
  const statementIds = canonical(doc.statements);
  const ref = (
    id: string,
    kind: string,
    known: ReadonlyMap<string, string>,
    where: Where,
    i: number,
    field: string,
    j = -1,
    leaf = '',
  ): string => {
    const declared = known.get(id);
    if (declared !== undefined) return declared;
    const path = pathAt(where, i, field, j, leaf);
    issues.push({ path, message: `unknown ${kind} "${id}" (declare it in this document's ${kind}s)` });
    return id;
  };

  // Back-references in document order, grouped once rather than by a scan of all statements per item.
  const statementsOfEvent = groupIds(doc.statements, (s) => s.event);
  const quotesOf = groupIds(doc.statements, (s) => s.quotedIn);

  const actors: Actor[] = doc.actors.map((a, i) => {
    declare('actors', i, a.id);
    const roles = a.roles.map((r, j) => ({
      title: r.title,
      ofActorId: r.of ? ref(r.of, 'actor', actorIds, 'actors', i, '.roles', j, '.of') : (r.of ?? null),
    }));
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      roles,
      reportedBy,
      disputedFields,
      evidence: spans(a.evidence, 'actors', i, '.evidence'),
    };
  });

  const events: Event[] = doc.events.map((e, i) => {
    declare('events', i, e.id);
    const participants = e.participants.map((p, j) => ({
      actorId: ref(p.actor, 'actor', actorIds, 'events', i, '.participants', j, '.actor'),
      role: p.role,
    }));
    const targets = e.links.map((l, j) => ref(l.target, 'event', eventIds, 'events', i, '.links', j, '.target'));
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      description: e.description ?? null,
      location: e.location ?? null,
      date: date(e.date, 'events', i),
      participants,
      links: e.links.map((l, j) => ({
        type: l.type,
        targetId: targets[j]!,
        evidence: spans(l.evidence, 'events', i, '.links', j, '.evidence'),
      })),
      statementIds: statementsOfEvent.get(e.id) ?? [],
      reportedBy,
      disputedFields,
      evidence: spans(e.evidence, 'events', i, '.evidence'),
    };
  });

  const statements: Statement[] = doc.statements.map((s, i) => {
    declare('statements', i, s.id);
    const speakerId = ref(s.speaker, 'actor', actorIds, 'statements', i, '.speaker');
    const eventId = s.event ? ref(s.event, 'event', eventIds, 'statements', i, '.event') : (s.event ?? null);
    let quotedInId = s.quotedIn ?? null;
    if (s.quotedIn) {
      quotedInId = ref(s.quotedIn, 'statement', statementIds, 'statements', i, '.quotedIn');
      if (s.quotedIn === s.id)
        issues.push({ path: pathAt('statements', i, '.quotedIn'), message: 'a statement cannot quote itself' });
    }
    return {
      id: s.id,
      text: s.text,
      kind: s.kind,
      speakerId,
      date: date(s.date, 'statements', i),
      eventId,
      quotedInId,
      quoteIds: quotesOf.get(s.id) ?? [],
      reportedBy,
      disputedFields,
      evidence: spans(s.evidence, 'statements', i, '.evidence'),
    };
  });

  const relationships: Relationship[] = doc.relationships.map((r, i) => {
    declare('relationships', i, r.id);
    const from = ref(r.source, 'actor', actorIds, 'relationships', i, '.source');
    const to = ref(r.target, 'actor', actorIds, 'relationships', i, '.target');
    return {
      id: r.id,
      type: r.type,
      sourceId: from,
      targetId: to,
      date: r.date === undefined ? null : date(r.date, 'relationships', i),
      reportedBy,
      disputedFields,
      evidence: spans(r.evidence, 'relationships', i, '.evidence'),
    };
  });

  const citations = doc.source.citations.map((c, i) => {
    const actorId = ref(c.actor, 'actor', actorIds, 'source.citations', i, '.actor');
    return { actorId, evidence: spans(c.evidence, 'source.citations', i, '.evidence') };
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

/** The lists of a document items are declared in, and where citations are. */
type Where = 'actors' | 'events' | 'statements' | 'relationships' | 'source.citations';
const DECLARING: readonly Where[] = ['actors', 'events', 'statements', 'relationships'];

/** `${where}[${i}]${field}`, and `[${j}]${leaf}` after it when j >= 0: an issue's path. */
function pathAt(where: Where, i: number, field: string, j = -1, leaf = ''): string {
  return j < 0 ? `${where}[${i}]${field}` : `${where}[${i}]${field}[${j}]${leaf}`;
}

/** An item's place as one number: the list in the low bits, the index above. */
const declaredAt = (where: Where, i: number) => i * DECLARING.length + DECLARING.indexOf(where);
const declaredPath = (at: number) => `${DECLARING[at % DECLARING.length]}[${Math.floor(at / DECLARING.length)}]`;

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

// Drafts an article document from its text: every step proposes, a person reviews (seed/draft/review/).
import type { ArticleDocument } from '../../server/article/document-schema.ts';
import { findMentions } from './actor-mentions.ts';
import { actorDoc, buildActors } from './actors.ts';
import { mentionIndex } from './attribution.ts';
import { findDates } from './dates.ts';
import { eventTitle, findEvents } from './events.ts';
import type { GraphIndex } from './graph-index.ts';
import { findQuotes } from './quotes.ts';
import { findRelationships } from './relationships.ts';
import { findStatements } from './statements.ts';
import { buildTextModel } from './text-model.ts';
import { propose } from './types.ts';
import { idAllocator } from './ids.ts';

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url?: string;
  textFile: string;
}

export function draftArticle(text: string, source: SourceInfo, graph: GraphIndex): ArticleDocument {
  const model = buildTextModel(text);
  const span = (s: { start: number; end: number }) => ({
    start: s.start,
    end: s.end,
    quote: text.slice(s.start, s.end),
  });
  const dates = findDates(model, source.published);
  const actors = buildActors(model, findMentions(model), graph);
  const mentions = mentionIndex(actors);
  const quotes = findQuotes(model);
  const quoted = quotes.filter((q) => q.parent === undefined && !q.short);
  const events = findEvents(model, mentions, dates, quoted, source.published).filter((e) => !e.kind.relationOnly);
  const statements = findStatements(model, quotes, mentions, events, dates, source.published);
  // Ids are unique across the whole document; references are objects until the document is written.
  const allocate = idAllocator(actors.map((a) => a.id));
  for (const x of [...events, ...statements]) x.id = allocate(x.id);
  const relationships = findRelationships(text, actors, findEvents(model, mentions, dates, quoted, source.published));
  const citations = mentions
    .filter(
      (m) =>
        m.actor.kind === 'MEDIA' && /according to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)),
    )
    .map((m) => {
      const at = text.lastIndexOf('ccording to', m.start) - 1;
      return {
        actor: m.actor.id,
        evidence: [span({ start: at, end: m.end })],
        review: propose(0.8, `"according to ${m.actor.name}"`),
      };
    });
  return {
    formatVersion: 1,
    source: {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      publishedAt: source.published,
      ...(source.url ? { url: source.url } : {}),
      textFile: source.textFile,
      citations,
    },
    actors: actors.map((a) => actorDoc(text, a)),
    events: events.map((e) => ({
      id: e.id,
      title: eventTitle(e),
      kind: e.kind.kind,
      ...(e.date.startsWith('..') ? { description: 'The article does not date this event.' } : {}),
      date: e.date,
      participants: e.participants.map((p) => ({ actor: p.actor.id, role: p.role })),
      links: [],
      evidence: e.evidence.map(span),
      review: propose(e.confidence, `${e.reason}; date: ${e.dateNote}`),
    })),
    statements: statements.map((s) => ({
      id: s.id,
      speaker: s.speaker.id,
      kind: s.kind,
      text: s.text,
      date: s.date,
      ...(s.event ? { event: s.event.id } : {}),
      ...(s.quotedIn ? { quotedIn: s.quotedIn.id } : {}),
      evidence: s.evidence.map(span),
      review: propose(s.confidence, s.reason),
    })),
    relationships,
  };
}

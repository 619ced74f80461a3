// Folds several articles into one graph the way the Neo4j upserts do: ids are stable across articles,
// scalar fields follow the last article loaded, lists (aliases, participants, links, evidence) are unioned.
import type { Actor, Event, Evidence, Relationship, Source, Statement } from '../../domain/types.ts';
import type { ParsedArticle } from '../../article/parsed-article.ts';

export interface GraphSnapshot {
  actors: Map<string, Actor>;
  events: Map<string, Event>;
  statements: Map<string, Statement>;
  relationships: Map<string, Relationship>;
  sources: Map<string, Source>;
}

const evidenceKey = (e: Evidence) => `${e.sourceId}:${e.start}:${e.end}`;

export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start || a.end - b.end;
}

function unionBy<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map(a.map((t) => [key(t), t] as const));
  for (const t of b) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
}

const unionEvidence = (a: readonly Evidence[], b: readonly Evidence[]) =>
  unionBy(a, b, evidenceKey).sort(compareEvidence);
const unionStrings = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Union by key where a repeated item (an event link, a citation) keeps its first fields and gains the new evidence. */
function unionWithEvidence<T extends { evidence: Evidence[] }>(
  a: readonly T[],
  b: readonly T[],
  key: (t: T) => string,
): T[] {
  const merged = new Map<string, T>();
  for (const t of [...a, ...b]) {
    const old = merged.get(key(t));
    merged.set(key(t), { ...(old ?? t), evidence: unionEvidence(old?.evidence ?? [], t.evidence) });
  }
  return [...merged.values()];
}

export function mergeArticles(articles: readonly ParsedArticle[]): GraphSnapshot {
  const g: GraphSnapshot = {
    actors: new Map(),
    events: new Map(),
    statements: new Map(),
    relationships: new Map(),
    sources: new Map(),
  };
  for (const article of articles) {
    const prev = g.sources.get(article.source.id);
    g.sources.set(article.source.id, {
      ...article.source,
      citations: unionWithEvidence(prev?.citations ?? [], article.source.citations, (c) => c.actorId),
    });
    for (const a of article.actors) {
      const old = g.actors.get(a.id);
      g.actors.set(
        a.id,
        old
          ? {
              ...a,
              aliases: unionStrings(old.aliases, a.aliases),
              roles: unionBy(old.roles, a.roles, (r) => `${r.title}|${r.ofActorId}`),
              evidence: unionEvidence(old.evidence, a.evidence),
            }
          : { ...a, evidence: unionEvidence([], a.evidence) },
      );
    }
    for (const e of article.events) {
      const old = g.events.get(e.id);
      g.events.set(
        e.id,
        old
          ? {
              ...e,
              participants: unionBy(old.participants, e.participants, (p) => `${p.actorId}|${p.role}`),
              links: unionWithEvidence(old.links, e.links, (l) => `${l.type}|${l.targetId}`),
              evidence: unionEvidence(old.evidence, e.evidence),
            }
          : {
              ...e,
              links: unionWithEvidence([], e.links, (l) => `${l.type}|${l.targetId}`),
              evidence: unionEvidence([], e.evidence),
            },
      );
    }
    for (const s of article.statements) {
      const old = g.statements.get(s.id);
      g.statements.set(s.id, { ...s, evidence: unionEvidence(old?.evidence ?? [], s.evidence) });
    }
    for (const r of article.relationships) {
      const old = g.relationships.get(r.id);
      g.relationships.set(r.id, { ...r, evidence: unionEvidence(old?.evidence ?? [], r.evidence) });
    }
  }
  deriveBackReferences(g);
  sortLists(g);
  return g;
}

/** statementIds and quoteIds follow from the statements, across all articles. */
function deriveBackReferences(g: GraphSnapshot): void {
  for (const e of g.events.values()) e.statementIds = [];
  for (const s of g.statements.values()) s.quoteIds = [];
  for (const s of g.statements.values()) {
    if (s.eventId) g.events.get(s.eventId)?.statementIds.push(s.id);
    if (s.quotedInId) g.statements.get(s.quotedInId)?.quoteIds.push(s.id);
  }
}

/** Lists come out in a fixed order so both stores answer identically. */
function sortLists(g: GraphSnapshot): void {
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const e of g.events.values()) {
    e.statementIds.sort(byString);
    e.participants.sort((a, b) => byString(a.actorId, b.actorId) || byString(a.role, b.role));
    e.links.sort((a, b) => byString(a.targetId, b.targetId) || byString(a.type, b.type));
  }
  for (const s of g.statements.values()) s.quoteIds.sort(byString);
  for (const a of g.actors.values()) a.roles.sort((x, y) => byString(x.title, y.title));
  for (const s of g.sources.values()) s.citations.sort((x, y) => byString(x.actorId, y.actorId));
}

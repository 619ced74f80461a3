// Folds several articles into one graph the way the Neo4j upserts do: ids are stable across articles,
// scalar fields follow the last article loaded, lists (aliases, participants, links, evidence) are unioned.
import type {
  Actor,
  Event,
  EventLink,
  Evidence,
  Participant,
  Relationship,
  Role,
  Source,
  Statement,
} from '../../domain/types.ts';
import type { ParsedArticle } from '../../article/parsed-article.ts';

export interface GraphSnapshot {
  actors: Map<string, Actor>;
  events: Map<string, Event>;
  statements: Map<string, Statement>;
  relationships: Map<string, Relationship>;
  sources: Map<string, Source>;
}

export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start || a.end - b.end;
}

function unionBy<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map(a.map((t) => [key(t), t] as const));
  for (const t of b) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
}

const unionStrings = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

// Evidence lists are only appended to while articles are folded in, then sorted and de-duplicated once per list
// (finishEvidence): a hub actor cited in hundreds of articles would otherwise re-sort its whole list per article.
// The result is the same as a union at every step: the first span seen for a (source, start, end) is kept.

/** Union by key where a repeated item (an event link, a citation) keeps its first fields and gains the new evidence. */
function unionWithEvidence<T extends { evidence: Evidence[] }>(
  a: readonly T[],
  b: readonly T[],
  key: (t: T) => string,
): T[] {
  if (b.length === 0) return a as T[];
  const merged = new Map<string, T>();
  for (const t of a) merged.set(key(t), t);
  for (const t of b) {
    const old = merged.get(key(t));
    if (old) old.evidence.push(...t.evidence);
    else merged.set(key(t), { ...t, evidence: [...t.evidence] });
  }
  return [...merged.values()];
}

/** Sorted by (source, start, end), one span per position, the first seen kept (the sort is stable). */
function finishEvidence(list: Evidence[]): Evidence[] {
  if (list.length < 2) return list;
  list.sort(compareEvidence);
  for (let i = 1; i < list.length; i++) {
    if (compareEvidence(list[i - 1]!, list[i]!) === 0)
      return list.filter((e, j) => j === 0 || compareEvidence(list[j - 1]!, e) !== 0);
  }
  return list;
}

export function mergeArticles(articles: readonly ParsedArticle[]): GraphSnapshot {
  const g: GraphSnapshot = {
    actors: new Map(),
    events: new Map(),
    statements: new Map(),
    relationships: new Map(),
    sources: new Map(),
  };
  const linkKey = (l: EventLink) => `${l.type}|${l.targetId}`;
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
              evidence: append(old.evidence, a.evidence),
            }
          : { ...a, evidence: [...a.evidence] },
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
              links: unionWithEvidence(old.links, e.links, linkKey),
              evidence: append(old.evidence, e.evidence),
            }
          : { ...e, links: unionWithEvidence([], e.links, linkKey), evidence: [...e.evidence] },
      );
    }
    for (const s of article.statements) {
      const old = g.statements.get(s.id);
      g.statements.set(s.id, { ...s, evidence: old ? append(old.evidence, s.evidence) : [...s.evidence] });
    }
    for (const r of article.relationships) {
      const old = g.relationships.get(r.id);
      g.relationships.set(r.id, { ...r, evidence: old ? append(old.evidence, r.evidence) : [...r.evidence] });
    }
  }
  for (const map of [g.actors, g.events, g.statements, g.relationships])
    for (const item of map.values()) item.evidence = finishEvidence(item.evidence);
  for (const e of g.events.values()) for (const l of e.links) l.evidence = finishEvidence(l.evidence);
  for (const s of g.sources.values()) for (const c of s.citations) c.evidence = finishEvidence(c.evidence);
  deriveBackReferences(g);
  sortLists(g);
  return g;
}

/** Appends in place: the list is the merge's own (copied when the item was first seen). */
function append(list: Evidence[], more: readonly Evidence[]): Evidence[] {
  for (const e of more) list.push(e);
  return list;
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

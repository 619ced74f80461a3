// Subjects as the articles list them: per subject, each article's item and its source, in article order. A subject's
// claims are made from these whenever they are needed (claimsOf) rather than kept: at 100k events that is 2.6M claim
// objects (~300 MB) neither the embedded store nor a bulk first seed into Neo4j (bulk-seed.ts) holds, nor the
// garbage collector copies, when each needs a few subjects' claims at a time.
import type { Claim, ClaimSubjectType } from './claim.ts';
import { SubjectClaimCollector } from './collect-claims.ts';
import { itemClaims, type ArticleFacts, type ListedItem } from './extract-claims.ts';

export interface SubjectListings {
  type: ClaimSubjectType;
  id: string;
  /** The items listing the subject, in article order (an article may list it twice). */
  items: ListedItem[];
  /** The source of each item, by position. */
  sources: string[];
}

/** Per id, its subjects in type order (the port allows an actor and an event to share an id); ids sorted. */
export type SubjectsById = Map<string, SubjectListings[]>;

/** Every subject the articles list, by id then type (the order the store files claims and disputes in). */
export function listSubjects(articles: readonly ArticleFacts[]): SubjectsById {
  // One map for all types, ids sorted once by the native sort (no comparator to call 3M times at 100k events).
  const byId: SubjectsById = new Map();
  const list = (type: ClaimSubjectType, items: readonly ListedItem[], sourceId: string) => {
    for (const item of items) {
      const same = byId.get(item.id);
      const s = same === undefined ? undefined : ofType(same, type);
      if (s) {
        s.items.push(item);
        s.sources.push(sourceId);
      } else if (same) same.push({ type, id: item.id, items: [item], sources: [sourceId] });
      else byId.set(item.id, [{ type, id: item.id, items: [item], sources: [sourceId] }]);
    }
  };
  for (const a of articles) {
    list('Actor', a.actors, a.source.id);
    list('Event', a.events, a.source.id);
    list('Statement', a.statements, a.source.id);
    list('Relationship', a.relationships, a.source.id);
  }
  const sorted: SubjectsById = new Map();
  // Code-unit order, as `<` compares (the default sort's order for strings).
  for (const id of [...byId.keys()].sort()) {
    const subjects = byId.get(id)!;
    if (subjects.length > 1) subjects.sort((a, b) => byString(a.type, b.type));
    sorted.set(id, subjects);
  }
  return sorted;
}

/** The subject's claims, one per (field, value, source), in listing order: what collect-claims.ts gives it. */
export function claimsOf(s: SubjectListings): Claim[] {
  const collector = new SubjectClaimCollector();
  for (let i = 0; i < s.items.length; i++) collector.add(s.sources[i]!, itemClaims(s.type, s.items[i]!, s.sources[i]!));
  return collector.result();
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The id's subject of this type (a plain loop: no closure for each of ~1M listed items at 100k events). */
function ofType(same: readonly SubjectListings[], type: ClaimSubjectType): SubjectListings | undefined {
  for (const s of same) if (s.type === type) return s;
  return undefined;
}

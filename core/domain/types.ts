// Plain domain types shared by the store port, both adapters, GraphQL and the client.
// Nothing driver-specific (Neo4j Integer, temporal values, Records) may appear here.

/** How finely a date is known. `open` means at least one bound is unknown. */
export type Precision = 'day' | 'month' | 'year' | 'open';

/** An EDTF date with derived bounds; bounds are ISO `YYYY-MM-DD`, null where open. */
export interface FuzzyDate {
  edtf: string;
  earliest: string | null;
  latest: string | null;
  precision: Precision;
  label: string;
}

export type ActorKind = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'GROUP' | 'MEDIA';
export const ACTOR_KINDS: readonly ActorKind[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP', 'MEDIA'];

export type StatementKind = 'QUOTE' | 'PARAPHRASE';

/** A span of a source's text that supports a fact: `text.slice(start, end) === quote`. */
export interface Evidence {
  sourceId: string;
  start: number;
  end: number;
  quote: string;
}

export interface Role {
  title: string;
  /** The actor the role is held in (e.g. the country someone presides over), when there is one. */
  ofActorId: string | null;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: Role[];
  /** Ids of the sources (articles) that claim anything about it, sorted. */
  reportedBy: string[];
  /** Fields whose sources disagree (see docs/claims.md), sorted; empty when they all agree. */
  disputedFields: string[];
  evidence: Evidence[];
}

export interface Participant {
  actorId: string;
  role: string;
}

/** A stated cause or sequence between two events ("following Trump's January directive"). */
export interface EventLink {
  type: string;
  targetId: string;
  evidence: Evidence[];
}

export interface Event {
  id: string;
  title: string;
  kind: string;
  description: string | null;
  location: string | null;
  date: FuzzyDate;
  participants: Participant[];
  links: EventLink[];
  /** Statements any source places at this event (from their `event` claims). */
  statementIds: string[];
  /** Ids of the sources (articles) that claim anything about it, sorted. */
  reportedBy: string[];
  /** Fields whose sources disagree (see docs/claims.md), sorted; empty when they all agree. */
  disputedFields: string[];
  evidence: Evidence[];
}

export interface Statement {
  id: string;
  text: string;
  kind: StatementKind;
  speakerId: string;
  date: FuzzyDate;
  eventId: string | null;
  /** The statement this one is quoted inside, if any. */
  quotedInId: string | null;
  /** Statements any source quotes inside this one (from their `quotedIn` claims). */
  quoteIds: string[];
  /** Ids of the sources (articles) that claim anything about it, sorted. */
  reportedBy: string[];
  /** Fields whose sources disagree (see docs/claims.md), sorted; empty when they all agree. */
  disputedFields: string[];
  evidence: Evidence[];
}

export interface Relationship {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  date: FuzzyDate | null;
  /** Ids of the sources (articles) that claim anything about it, sorted. */
  reportedBy: string[];
  /** Fields whose sources disagree (see docs/claims.md), sorted; empty when they all agree. */
  disputedFields: string[];
  evidence: Evidence[];
}

/** The outlet or person a source cites as its own source (e.g. "According to the USA Herald"). */
export interface Citation {
  actorId: string;
  evidence: Evidence[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  publishedAt: string;
  url: string | null;
  text: string;
  citations: Citation[];
}

export type TimelineItem = ({ itemType: 'Event' } & Event) | ({ itemType: 'Statement' } & Statement);

export interface Network {
  nodes: Actor[];
  edges: Relationship[];
}

export type SearchHitKind = 'ACTOR' | 'EVENT' | 'STATEMENT' | 'SOURCE';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  /** The matching text with some context, cut at word boundaries. */
  snippet: string;
  /** The sources whose claims, evidence or text matched, sorted. */
  sourceIds: string[];
  score: number;
}

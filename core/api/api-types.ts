// The shapes the client's GraphQL queries return (see queries.ts); they mirror server/graphql/schema/.
import type { ActorKind, Event, FuzzyDate, StatementKind } from '../domain/types.ts';

import type { ApiDispute, DisputeField } from './dispute-types.ts';
export type { ApiClaim, ApiDispute, DisputeField } from './dispute-types.ts';

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface ApiEvent {
  __typename: 'Event';
  id: string;
  title: string;
  kind: string;
  date: FuzzyDate;
  participants: Array<{ role: string; actor: ActorRef }>;
  /** Absent where a caller (the server's SVG export) has nothing to say about disputes. */
  disputes?: DisputeField[];
}

export interface ApiStatement {
  __typename: 'Statement';
  id: string;
  text: string;
  statementKind: StatementKind;
  date: FuzzyDate;
  speaker: ActorRef;
  event: { id: string } | null;
  quotedIn: { id: string } | null;
  disputes?: DisputeField[];
}

export type ApiTimelineItem = ApiEvent | ApiStatement;

export interface ApiActor extends ActorRef {
  aliases: string[];
  roles: Array<{ title: string; of: { id: string; name: string } | null }>;
  disputes?: Array<{ field: string }>;
}

export interface ApiRelationship {
  id: string;
  type: string;
  source: { id: string };
  target: { id: string };
  date: FuzzyDate | null;
  disputes?: Array<{ field: string }>;
}

export interface ApiNetwork {
  nodes: ApiActor[];
  edges: ApiRelationship[];
}

export interface ApiSource {
  id: string;
  title: string;
  publisher: string;
  publishedAt: string;
  url: string | null;
}

export interface ApiEvidence {
  quote: string;
  start: number;
  end: number;
  context: { before: string; quote: string; after: string };
  source: ApiSource;
}

/** The event's own scalar fields read as the domain declares them; the detail adds what the panel needs. */
export interface EventDetail extends Pick<Event, 'id' | 'title' | 'kind' | 'description' | 'location' | 'date'> {
  type: 'event';
  participants: Array<{ role: string; actor: ActorRef }>;
  links: Array<{ type: string; target: { id: string; title: string; date: { label: string } } }>;
  statements: Array<{ id: string; text: string; statementKind: StatementKind; speaker: { name: string } }>;
  evidence: ApiEvidence[];
  sources?: ApiSource[];
  disputes?: ApiDispute[];
}

export interface NestedQuote {
  id: string;
  text: string;
  statementKind: StatementKind;
  speaker: { id: string; name: string };
  evidence: ApiEvidence[];
}

export interface StatementDetail {
  type: 'statement';
  id: string;
  text: string;
  statementKind: StatementKind;
  date: FuzzyDate;
  speaker: ActorRef & { roles: Array<{ title: string; of: { name: string } | null }> };
  event: { id: string; title: string; date: { label: string } } | null;
  quotes: NestedQuote[];
  quotedIn: { id: string; text: string; statementKind: StatementKind; speaker: { id: string; name: string } } | null;
  evidence: ApiEvidence[];
  sources?: ApiSource[];
  disputes?: ApiDispute[];
}

export interface ActorDetail extends Omit<ApiActor, 'disputes'> {
  type: 'actor';
  evidence: ApiEvidence[];
  sources?: ApiSource[];
  disputes?: ApiDispute[];
}

export interface RelationshipDetail {
  type: 'relationship';
  id: string;
  relationshipType: string;
  source: ActorRef;
  target: ActorRef;
  date: FuzzyDate | null;
  evidence: ApiEvidence[];
  sources?: ApiSource[];
  disputes?: ApiDispute[];
}

export type Detail = EventDetail | StatementDetail | ActorDetail | RelationshipDetail;

// The shapes the client's GraphQL queries return (see queries.ts); they mirror server/graphql/schema.graphql.
import type { ActorKind, FuzzyDate, StatementKind } from '../../../server/domain/types.ts';

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
}

export type ApiTimelineItem = ApiEvent | ApiStatement;

export interface ApiActor extends ActorRef {
  aliases: string[];
  roles: Array<{ title: string; of: { id: string; name: string } | null }>;
}

export interface ApiRelationship {
  id: string;
  type: string;
  source: { id: string };
  target: { id: string };
  date: FuzzyDate | null;
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

export interface EventDetail {
  type: 'event';
  id: string;
  title: string;
  kind: string;
  description: string | null;
  location: string | null;
  date: FuzzyDate;
  participants: Array<{ role: string; actor: ActorRef }>;
  links: Array<{ type: string; target: { id: string; title: string; date: { label: string } } }>;
  statements: Array<{ id: string; text: string; statementKind: StatementKind; speaker: { name: string } }>;
  evidence: ApiEvidence[];
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
}

export interface ActorDetail extends ApiActor {
  type: 'actor';
  evidence: ApiEvidence[];
}

export interface RelationshipDetail {
  type: 'relationship';
  id: string;
  relationshipType: string;
  source: ActorRef;
  target: ActorRef;
  date: FuzzyDate | null;
  evidence: ApiEvidence[];
}

export type Detail = EventDetail | StatementDetail | ActorDetail | RelationshipDetail;

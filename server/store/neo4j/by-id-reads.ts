// Hydrating ids into domain objects, one batched query per kind; results keep the order of the ids asked
// for, with null for an id not (or no longer) in the graph.
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherReader } from './cypher-reader.ts';
import {
  toActor,
  toActorLink,
  toActorEvidence,
  toActorSummary,
  toEvent,
  toEventSummary,
  toRelationship,
  toSource,
  toStatement,
  toStatementSummary,
} from './map-records.ts';

type Ids = readonly string[];

export class ByIdReads {
  constructor(private readonly reader: CypherReader) {}

  actors = (tx: ManagedTransaction, ids: Ids) => this.reader.fetch(tx, 'read/actors-by-id', 'actor', toActor, ids);
  actorLinks = (tx: ManagedTransaction, ids: Ids) =>
    this.reader.fetch(tx, 'read/actor-links-by-id', 'actor', toActorLink, ids);
  actorSummaries = (tx: ManagedTransaction, ids: Ids) =>
    this.reader.fetch(tx, 'read/actor-summaries-by-id', 'actor', toActorSummary, ids);
  events = (tx: ManagedTransaction, ids: Ids) => this.reader.fetch(tx, 'read/events-by-id', 'event', toEvent, ids);
  statements = (tx: ManagedTransaction, ids: Ids) =>
    this.reader.fetch(tx, 'read/statements-by-id', 'statement', toStatement, ids);
  eventSummaries = (tx: ManagedTransaction, ids: Ids) =>
    this.reader.fetch(tx, 'read/event-summaries-by-id', 'event', toEventSummary, ids);
  statementSummaries = (tx: ManagedTransaction, ids: Ids) =>
    this.reader.fetch(tx, 'read/statement-summaries-by-id', 'statement', toStatementSummary, ids);
  relationships = (tx: ManagedTransaction, ids: Ids) =>
    this.reader.fetch(tx, 'read/relationships-by-id', 'relationship', toRelationship, ids);
  sources = (tx: ManagedTransaction, ids: Ids) => this.reader.fetch(tx, 'read/sources-by-id', 'source', toSource, ids);
  /** Each actor's evidence, in the order of the ids asked for; [] for an actor not in the graph. */
  actorEvidence = async (tx: ManagedTransaction, ids: Ids) => {
    const rows = await this.reader.rows(tx, 'read/actor-evidence-by-id', { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => toActorEvidence(r)).map((a) => [a.id, a.evidence]));
    return ids.map((id) => byId.get(id) ?? []);
  };
}

import type { Actor, Event, Relationship, Source, Statement } from '../../core/domain/types.ts';

/** One validated article, normalised into domain objects: what both stores load. */
export interface ParsedArticle {
  /** Where it came from, for messages. */
  file: string;
  source: Source;
  actors: Actor[];
  events: Event[];
  statements: Statement[];
  relationships: Relationship[];
}

// The timeline's input: one entry per event or statement, already flattened from the API shape so the
// layout needs nothing else (the server builds the same entries from domain types for SVG export).
import type { ActorKind, FuzzyDate, StatementKind } from '../domain/types.ts';
import type { EntryDispute } from './entry-dispute.ts';

export type EntryType = 'event' | 'statement';

export interface EntryActor {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface TimelineEntry {
  id: string;
  type: EntryType;
  /** An event's title, or a statement's text. */
  title: string;
  /** An event's kind (kebab-case), or "statement". */
  kind: string;
  date: FuzzyDate;
  /** Participants, or the speaker; the first one is the lane the entry goes in when lanes are by actor. */
  actors: EntryActor[];
  /** For a statement, the event it was made at. */
  eventId: string | null;
  /** For a statement, whether its text is the speaker's words (QUOTE) or the article's gist (PARAPHRASE). */
  statementKind?: StatementKind;
  /** The fields its sources disagree on (absent or empty: none); see entry-dispute.ts. */
  disputes?: EntryDispute[];
}

export type LaneBy = 'actor' | 'kind';

// What an export is asked for (filters, lanes, picture size), whether through the export routes' query string
// (export-query.ts) or GraphQL's `timelineJS` and `exportUrls`.
import type { DateMatch, DateWindow } from '../store/store.ts';
import type { LaneBy } from '../../core/timeline/timeline-entry.ts';
import { InputError } from './input-error.ts';

export interface TimelineFilters {
  window: DateWindow;
  match: DateMatch;
  actorIds: string[];
  /** Only what these sources (Source ids) report, as GraphQL's `sourceIds`; empty or absent: all. */
  sourceIds?: string[];
}

export interface NetworkFilters {
  actorIds: string[];
  depth: number;
  window: DateWindow | null;
  match: DateMatch;
}

export interface SvgOptions {
  width: number;
  /** Null: as tall as the content. */
  height: number | null;
  laneBy: LaneBy;
  title: string | null;
}

export const SVG_SIZE = { min: 320, max: 4000, defaultWidth: 1200 } as const;

/** `actor` or `kind`, in either case (GraphQL's enum is upper case, the query string lower); absent: actor. */
export function readLaneBy(value: unknown): LaneBy {
  if (value === null || value === undefined || value === '') return 'actor';
  const lower = typeof value === 'string' ? value.toLowerCase() : value;
  if (lower === 'actor' || lower === 'kind') return lower;
  throw new InputError('laneBy', `"${String(value)}" is not a lane grouping; use actor or kind`);
}

/** Sizes are clamped rather than refused: a print layout asking for 5000px still gets a picture. */
export const clampSize = (v: number) => Math.min(SVG_SIZE.max, Math.max(SVG_SIZE.min, v));

/** A picture dimension given as a number (GraphQL); null when absent. */
export function readPixels(argument: string, v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new InputError(argument, 'must be a whole number of pixels');
  return clampSize(v);
}

// Reads export query parameters (the GraphQL `timeline`/`network` argument names) into validated filters,
// through the same validators as GraphQL so a bad value gets the same message in both places.
import type { DateMatch, DateWindow } from '../store/store.ts';
import type { LaneBy } from '../../core/timeline/timeline-entry.ts';
import { BadInputError, readDepth, readIds, readMatch, readWindow } from '../graphql/arguments.ts';

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
const MAX_TITLE = 200;

/** Express's query values: a string, repeated strings, or nested objects for `a[b]=` forms. */
export type QueryParams = Record<string, unknown>;

/** One value of a parameter; giving it twice is a mistake worth naming. */
function single(query: QueryParams, name: string): string | null {
  const v = query[name];
  if (v === undefined) return null;
  if (typeof v !== 'string') throw new BadInputError(name, 'give it once, as plain text');
  return v;
}

/** `actorIds=a,b` and `actorIds=a&actorIds=b` both work; empty pieces are ignored. */
function idList(query: QueryParams, name: string): string[] {
  const v = query[name];
  if (v === undefined) return [];
  const parts =
    typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  if (!parts) throw new BadInputError(name, 'give ids as text, comma-separated or repeated');
  return readIds(
    name,
    parts
      .flatMap((p) => p.split(','))
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

function integer(query: QueryParams, name: string): number | null {
  const v = single(query, name);
  if (v === null || v === '') return null;
  if (!/^-?\d{1,9}$/.test(v.trim())) throw new BadInputError(name, `"${v}" is not a whole number`);
  return Number(v.trim());
}

export function readTimelineFilters(query: QueryParams): TimelineFilters {
  return {
    window: readWindow(single(query, 'from'), single(query, 'to')),
    match: readMatch(single(query, 'match') || null),
    actorIds: idList(query, 'actorIds'),
    sourceIds: idList(query, 'sourceIds'),
  };
}

export function readNetworkFilters(query: QueryParams): NetworkFilters {
  const window = readWindow(single(query, 'from'), single(query, 'to'));
  return {
    actorIds: idList(query, 'actorIds'),
    depth: readDepth(integer(query, 'depth') ?? 1),
    window: window.from || window.to ? window : null,
    match: readMatch(single(query, 'match') || null),
  };
}

export function readLaneBy(value: unknown): LaneBy {
  if (value === null || value === undefined || value === '') return 'actor';
  if (value === 'actor' || value === 'kind') return value;
  throw new BadInputError('laneBy', `"${String(value)}" is not a lane grouping; use actor or kind`);
}

const clampSize = (v: number) => Math.min(SVG_SIZE.max, Math.max(SVG_SIZE.min, v));

export function readSvgOptions(query: QueryParams): SvgOptions {
  const width = integer(query, 'width');
  const height = integer(query, 'height');
  const title = single(query, 'title');
  if (title !== null && title.length > MAX_TITLE) throw new BadInputError('title', `at most ${MAX_TITLE} characters`);
  return {
    // Sizes are clamped rather than refused: a print layout asking for 5000px still gets a picture.
    width: clampSize(width ?? SVG_SIZE.defaultWidth),
    height: height === null ? null : clampSize(height),
    laneBy: readLaneBy(single(query, 'laneBy')),
    title: title?.trim() || null,
  };
}

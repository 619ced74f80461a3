// Reads the export routes' query string (the GraphQL `timeline`/`network` argument names) into validated filters,
// through the same readers as GraphQL, so a bad value gets the same message in both places.
import { InputError } from './input-error.ts';
import { readDepth, readIds, readMatch, readWindow } from './read-arguments.ts';
import {
  clampSize,
  readLaneBy,
  SVG_SIZE,
  type NetworkFilters,
  type SvgOptions,
  type TimelineFilters,
} from './export-options.ts';

const MAX_TITLE = 200;

/** Express's query values: a string, repeated strings, or nested objects for `a[b]=` forms. */
export type QueryParams = Record<string, unknown>;

/** One value of a parameter; giving it twice is a mistake worth naming. */
function single(query: QueryParams, name: string): string | null {
  const v = query[name];
  if (v === undefined) return null;
  if (typeof v !== 'string') throw new InputError(name, 'give it once, as plain text');
  return v;
}

/** `actorIds=a,b` and `actorIds=a&actorIds=b` both work; empty pieces are ignored. */
function idList(query: QueryParams, name: string): string[] {
  const v = query[name];
  if (v === undefined) return [];
  const parts =
    typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  if (!parts) throw new InputError(name, 'give ids as text, comma-separated or repeated');
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
  if (!/^-?\d{1,9}$/.test(v.trim())) throw new InputError(name, `"${v}" is not a whole number`);
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

export function readSvgOptions(query: QueryParams): SvgOptions {
  const width = integer(query, 'width');
  const height = integer(query, 'height');
  const title = single(query, 'title');
  if (title !== null && title.length > MAX_TITLE) throw new InputError('title', `at most ${MAX_TITLE} characters`);
  return {
    width: clampSize(width ?? SVG_SIZE.defaultWidth),
    height: height === null ? null : clampSize(height),
    laneBy: readLaneBy(single(query, 'laneBy')),
    title: title?.trim() || null,
  };
}

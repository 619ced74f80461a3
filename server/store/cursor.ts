// Keyset cursors shared by both stores: the (sortKey, id) of the last item, opaque to clients, bound to the list
// and filters that issued them. A cursor from another list (events' in the timeline, or the same list with other
// filters) would page from a position that means nothing there: an empty or shifted page. The scope makes it an
// InvalidCursorError (BAD_USER_INPUT) instead.
import { createHash } from 'node:crypto';
import { InvalidCursorError } from './store-errors.ts';

export interface CursorKey {
  key: string;
  id: string;
}

/** Sorted keys, so the same filters give the same scope whatever order their object was built in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What a cursor is valid for: the list and every filter of the query, not its page size or position. */
export function cursorScope(list: string, query: object): string {
  const { first: _first, after: _after, ...filters } = query as Record<string, unknown>;
  return createHash('sha256')
    .update(`${list}\n${stableJson(filters)}`)
    .digest('base64url')
    .slice(0, 16);
}

export function encodeCursor(key: string, id: string, scope: string): string {
  return Buffer.from(JSON.stringify([key, id, scope]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null, scope: string): CursorKey | null {
  if (cursor === null) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      value[2] === scope
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake, reported below
  }
  throw new InvalidCursorError(cursor);
}

// Keyset cursors shared by both stores: the (sortKey, id) of the last item, opaque to clients.
import { InvalidCursorError } from './store-errors.ts';

export interface CursorKey {
  key: string;
  id: string;
}

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null): CursorKey | null {
  if (cursor === null) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake, reported below
  }
  throw new InvalidCursorError(cursor);
}

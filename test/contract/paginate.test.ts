// The embedded store's keyset pages (server/store/memory/paginate.ts) encode an item's cursor only when it is read:
// the cursor read is the one encodeCursor gives, reading it twice gives the same, and it pages on as `after`.
import { expect, it } from 'vitest';
import { paginate } from '../../server/store/memory/paginate.ts';
import { decodeCursor, encodeCursor } from '../../server/store/cursor.ts';

const items = Array.from({ length: 7 }, (_, i) => ({ id: `id-${i}`, key: `2020-01-0${1 + (i >> 1)}` }));
const keyOf = (t: (typeof items)[number]) => t.key;
const idOf = (t: (typeof items)[number]) => t.id;

it('reads each cursor as the encoding of its item, and pages on from it', () => {
  const page = paginate(items, keyOf, idOf, 3, null, 'scope-a');
  expect(page.items.map((i) => i.node)).toEqual(items.slice(0, 3));
  expect(page.items.map((i) => i.cursor)).toEqual(items.slice(0, 3).map((t) => encodeCursor(t.key, t.id, 'scope-a')));
  const last = page.items.at(-1)!;
  expect(last.cursor).toBe(last.cursor);
  expect(decodeCursor(last.cursor, 'scope-a')).toEqual({ key: items[2]!.key, id: items[2]!.id });
  const next = paginate(items, keyOf, idOf, 3, last.cursor, 'scope-a');
  expect(next.items.map((i) => i.node)).toEqual(items.slice(3, 6));
  expect(next.hasNextPage).toBe(true);
  // A spread copy and JSON keep the cursor (an own enumerable getter), as an eagerly encoded one did.
  const spread = page.items.map((i) => ({ ...i }));
  expect(spread[1]!.cursor).toBe(encodeCursor(items[1]!.key, items[1]!.id, 'scope-a'));
  expect(JSON.parse(JSON.stringify(page.items[0]))).toEqual({ node: items[0], cursor: page.items[0]!.cursor });
  // A cursor read from another scope is refused, as an eagerly encoded one was.
  expect(() => paginate(items, keyOf, idOf, 3, last.cursor, 'scope-b')).toThrow();
});

// The sources page of the embedded store: the same filters and order as cypher/read/source-page.cypher.
import type { Source } from '../../../core/domain/types.ts';
import { cursorScope } from '../cursor.ts';
import type { Page, SourceQuery } from '../store.ts';
import { byKeyThenId, paginate } from './paginate.ts';

/** `byDate`: every source by publication date then id (the store keeps it sorted once). */
export function sourcePage(byDate: readonly Source[], q: SourceQuery): Page<Source> {
  const needle = q.search?.toLowerCase() ?? null;
  const ids = q.ids.length > 0 ? new Set(q.ids) : null;
  const hits = byDate.filter(
    (s) =>
      (!ids || ids.has(s.id)) &&
      (q.publisher === null || s.publisher === q.publisher) &&
      (!needle || s.publisher.toLowerCase().includes(needle) || s.title.toLowerCase().includes(needle)),
  );
  return paginate(
    hits,
    (s) => s.publishedAt,
    (s) => s.id,
    q.first,
    q.after,
    cursorScope('sources', q),
  );
}

/** Sources by publication date then id: the order of every sources read. */
export const byPublication = (sources: Iterable<Source>): Source[] =>
  [...sources].sort(
    byKeyThenId<Source>(
      (s) => s.publishedAt,
      (s) => s.id,
    ),
  );

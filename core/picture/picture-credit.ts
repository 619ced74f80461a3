// The credit under a picture: every source its facts come from, so a printed copy keeps its provenance. A
// picture names them all (the frame wraps the line as far as it needs), never "N articles from …".
import type { Source } from '../domain/types.ts';
import { sourceCredit } from './source-credit.ts';

type Credited = Pick<Source, 'publisher' | 'title' | 'publishedAt'>;

/** By publication date, then as named: the same order whichever order a caller loaded them in. */
const byDate = (a: Credited, b: Credited) =>
  a.publishedAt.localeCompare(b.publishedAt) || sourceCredit(a).localeCompare(sourceCredit(b));

export function pictureCredit(sources: readonly Credited[]): string {
  const named = [...sources].sort(byDate).map(sourceCredit);
  const list = named.length === 0 ? 'no source quoted' : named.join('; ');
  return `${named.length > 1 ? 'Sources' : 'Source'}: ${list}. Made with kg-timeline; every mark is backed by a quoted span of its source.`;
}

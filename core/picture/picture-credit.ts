// The credit under a picture: every source its facts come from, so a printed copy keeps its provenance. A
// picture names them all (the frame wraps the line as far as it needs), never "N articles from …".
import type { Source } from '../domain/types.ts';
import { sourceCredit } from './source-credit.ts';

export function pictureCredit(sources: readonly Pick<Source, 'publisher' | 'title' | 'publishedAt'>[]): string {
  const named = sources.map(sourceCredit);
  const list = named.length === 0 ? 'no source quoted' : named.join('; ');
  return `${named.length > 1 ? 'Sources' : 'Source'}: ${list}. Made with kg-timeline; every mark is backed by a quoted span of its source.`;
}

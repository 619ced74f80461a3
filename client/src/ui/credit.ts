// The source credit line every view carries: publisher, title and date of the article(s) behind it, each named
// as every picture and export names it (core/picture/source-credit.ts).
import type { ApiSource } from '../../../core/api/api-types.ts';
import { dayLabel } from '../../../core/dates/day-label.ts';
import { sourceCredit } from '../../../core/picture/source-credit.ts';

/** "5 May 2025" from an ISO day, without time zones getting involved. */
export const formatIsoDay = dayLabel;

export const citeSource = sourceCredit;

/** The page's one-line footer: past three sources it counts them (a picture's credit names every one). */
export function creditLine(sources: readonly ApiSource[], total = sources.length): string {
  if (total === 0) return '';
  if (total <= 3 && sources.length === total)
    return `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.map(citeSource).join('; ')}.`;
  // `sources` may be a first page of many (source-finder.ts): its outlets are named, the count is the graph's.
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const more = publishers.length > 4 || sources.length < total;
  return `Sources: ${total} articles from ${publishers.slice(0, 4).join(', ')}${more ? ' and others' : ''}.`;
}

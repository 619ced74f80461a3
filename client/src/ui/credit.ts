// The source credit line every view carries: publisher, title and date of the article(s) behind it, each named
// as every picture and export names it (core/picture/source-credit.ts).
import type { ApiSource } from '../../../core/api/api-types.ts';
import { dayLabel } from '../../../core/dates/day-label.ts';
import { sourceCredit } from '../../../core/picture/source-credit.ts';

/** "5 May 2025" from an ISO day, without time zones getting involved. */
export const formatIsoDay = dayLabel;

export const citeSource = sourceCredit;

/** The page's one-line footer: past three sources it counts them (a picture's credit names every one). */
export function creditLine(sources: readonly ApiSource[]): string {
  if (sources.length === 0) return '';
  if (sources.length <= 3)
    return `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.map(citeSource).join('; ')}.`;
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  return `Sources: ${sources.length} articles from ${publishers.slice(0, 4).join(', ')}${publishers.length > 4 ? ' and others' : ''}.`;
}

// The source credit line every view carries: title, publisher and date of the article(s) behind it.
import type { ApiSource } from '../../../core/api/api-types.ts';
import { dayLabel } from '../../../core/dates/day-label.ts';

/** "5 May 2025" from an ISO day, without time zones getting involved. */
export const formatIsoDay = dayLabel;

export function citeSource(s: Pick<ApiSource, 'title' | 'publisher' | 'publishedAt'>): string {
  return `“${s.title}”, ${s.publisher}, ${formatIsoDay(s.publishedAt)}`;
}

export function creditLine(sources: readonly ApiSource[]): string {
  if (sources.length === 0) return '';
  if (sources.length <= 3)
    return `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.map(citeSource).join('; ')}.`;
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  return `Sources: ${sources.length} articles from ${publishers.slice(0, 4).join(', ')}${publishers.length > 4 ? ' and others' : ''}.`;
}

// How every picture and export names a source, in one order: "Thin Line News, “Mexico rejects …”, 5 May 2025".
import type { Source } from '../domain/types.ts';
import { dayLabel } from '../dates/day-label.ts';

export function sourceCredit(source: Pick<Source, 'publisher' | 'title' | 'publishedAt'>): string {
  return `${source.publisher}, “${source.title}”, ${dayLabel(source.publishedAt)}`;
}

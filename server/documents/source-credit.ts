// How exports name a source: "Thin Line News, “Mexico rejects …”, 5 May 2025".
import type { Source } from '../../core/domain/types.ts';
import { dayLabel } from '../../core/dates/day-label.ts';

export function sourceCredit(source: Source): string {
  return `${source.publisher}, “${source.title}”, ${dayLabel(source.publishedAt)}`;
}

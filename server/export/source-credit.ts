// How exports name a source: "Thin Line News, “Mexico rejects …”, 5 May 2025".
import type { Source } from '../domain/types.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-05-05" -> "5 May 2025"; anything else is shown as given. */
export function dayLabel(isoDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return isoDay;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

export function sourceCredit(source: Source): string {
  return `${source.publisher}, “${source.title}”, ${dayLabel(source.publishedAt)}`;
}

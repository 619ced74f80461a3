// ISO days as people read them ("5 May 2025"), by string arithmetic so no time zone can shift the day.
// Shared by the date labels, the exports and the client.

export const MONTHS = [
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
] as const;

/** "2025-05-05" -> "5 May 2025"; anything that is not an ISO day is returned as given. */
export function dayLabel(isoDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return isoDay;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

// Is "YYYY-MM-DD" a day on the calendar? Said in words ("February 2025 has 28 days"), because the date parsers
// either roll an impossible day over to the next month (2025-02-29 -> 1 March) or answer with a grammar fragment.
import { MONTHS } from './day-label.ts';

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0, 12)).getUTCDate();
}

/** Why `text` (already in YYYY-MM-DD shape) is not a calendar day, in words; null when it is one. */
export function calendarDayProblem(text: string): string | null {
  const m = DAY_SHAPE.exec(text);
  if (!m) return `${text} is not a day in the form YYYY-MM-DD, e.g. 2025-02-01`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${text} is not a calendar day: there is no month ${m[2]} (months run 01 to 12)`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `${text} is not a calendar day: ${MONTHS[month - 1]} ${m[1]} has ${last} days`;
  }
  return null;
}

/** The first impossible day written inside an EDTF string (an interval has two), in words; null when none is. */
export function edtfCalendarProblem(edtf: string): string | null {
  // Only fully written days: unspecified digits (2025-02-XX) and seasons (2025-21) are the parser's to judge.
  for (const [day] of edtf.matchAll(/(?<![\dX])\d{4}-\d{2}-\d{2}(?![\dX])/g)) {
    const problem = calendarDayProblem(day);
    if (problem) return problem;
  }
  return null;
}

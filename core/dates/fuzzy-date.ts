// EDTF strings -> FuzzyDate (bounds, precision, human label). Parsing is the `edtf` package's;
// this module only derives what the graph needs to index and show.
import edtf, { type EdtfValue } from 'edtf';
import type { FuzzyDate, Precision } from '../domain/types.ts';
import { MONTHS } from './day-label.ts';
import { MAX_DAY } from './day-range.ts';
import { parsePlainEdtf } from './plain-edtf.ts';
import { calendarDayProblem, edtfCalendarProblem } from './calendar-day.ts';

export class InvalidDateError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`"${input}" is not a supported EDTF date: ${reason}`);
    this.name = 'InvalidDateError';
  }
}

/** A date that names a day the calendar does not have; its message is the reason alone, in words. */
export class NotACalendarDayError extends InvalidDateError {
  constructor(input: string, problem: string) {
    super(input, problem);
    this.message = problem;
    this.name = 'NotACalendarDayError';
  }
}

const PRECISION_BY_LEVEL: Record<number, Exclude<Precision, 'open'>> = { 1: 'year', 2: 'month', 3: 'day' };

function isoDay(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

const QUALIFIER: Record<string, string> = { '~': 'about ', '?': 'possibly ', '%': 'possibly about ' };

/** "5 May 2025", "May 2025" or "2025", as precise as the source is. */
function labelOf(value: EdtfValue): string {
  // Unspecified digits ("2025-XX", "198X") span a range; say so rather than name its first day.
  if (value.edtf.includes('X')) return labelOfRange(isoDay(value.min)!, isoDay(value.max)!);
  const d = new Date(value.min);
  const year = String(d.getUTCFullYear());
  const month = MONTHS[d.getUTCMonth()] ?? '';
  const approx = QUALIFIER[value.edtf.slice(-1)] ?? '';
  switch (value.precision) {
    case 3:
      return `${approx}${d.getUTCDate()} ${month} ${year}`;
    case 2:
      return `${approx}${month} ${year}`;
    default:
      return `${approx}${year}`;
  }
}

/** A whole year or month reads as such ("2025"); anything else as "between ... and ...". */
function labelOfRange(first: string, last: string): string {
  if (first.endsWith('-01-01') && last.endsWith('-12-31')) {
    return first.slice(0, 4) === last.slice(0, 4)
      ? first.slice(0, 4)
      : `between ${first.slice(0, 4)} and ${last.slice(0, 4)}`;
  }
  return `between ${labelOf(edtf(first))} and ${labelOf(edtf(last))}`;
}

function parse(input: string): EdtfValue {
  try {
    return edtf(input);
  } catch (e) {
    // The parser's own message is a multi-page grammar trace; its first line is the useful part.
    const first = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
    throw new InvalidDateError(input, first);
  }
}

/** The finest of day/month/year whose unit the bounds exactly cover. */
function coarsestPrecision(value: EdtfValue): Exclude<Precision, 'open'> {
  const [a, b] = [isoDay(value.min)!, isoDay(value.max)!];
  if (a === b) return 'day';
  if (a.slice(0, 7) === b.slice(0, 7)) return 'month';
  return 'year';
}

// Parsing with the edtf grammar costs ~0.2 ms, and a corpus repeats the same few thousand date strings, so
// results are remembered (bounded). A remembered FuzzyDate is frozen and shared by every item with that date:
// 165k copies at 100k events were garbage for nothing, and frozen it cannot be changed under another item.
const parsed = new Map<string, FuzzyDate>();
const MAX_REMEMBERED = 50_000;

/** Parses an EDTF date or interval; throws InvalidDateError for anything else. The result is frozen. */
export function parseFuzzyDate(input: string): FuzzyDate {
  let date = parsed.get(input);
  if (!date) {
    date = Object.freeze(parseUncached(input));
    if (parsed.size < MAX_REMEMBERED) parsed.set(input, date);
  }
  return date;
}

function parseUncached(input: string): FuzzyDate {
  // Checked first: the edtf grammar rolls 2025-02-29 over to 1 March and answers 2025-02-30 with a parse trace.
  const problem = edtfCalendarProblem(input);
  if (problem) throw new NotACalendarDayError(input, problem);
  return parsePlainEdtf(input) ?? parseFuzzyDateWithEdtf(input);
}

/** parseFuzzyDate by the edtf grammar alone, without the fast path (exported so tests can compare the two). */
export function parseFuzzyDateWithEdtf(input: string): FuzzyDate {
  const value = parse(input);
  if (value.type === 'Date') {
    // With unspecified digits the parser's precision is the string's shape, not what is known.
    const precision = value.edtf.includes('X') ? coarsestPrecision(value) : PRECISION_BY_LEVEL[value.precision];
    if (!precision) throw new InvalidDateError(input, 'unknown precision');
    return {
      edtf: value.edtf,
      earliest: isoDay(value.min),
      latest: isoDay(value.max),
      precision,
      label: labelOf(value),
    };
  }
  if (value.type === 'Interval') {
    // `..` (open) and an empty end (unknown) both parse to an infinite bound.
    const lower = value.lower && Number.isFinite(value.lower.min) ? value.lower : null;
    const upper = value.upper && Number.isFinite(value.upper.max) ? value.upper : null;
    const earliest = lower ? isoDay(lower.min) : null;
    const latest = upper ? isoDay(upper.max) : null;
    if (!lower && !upper) throw new InvalidDateError(input, 'an interval needs at least one known end');
    const label =
      lower && upper
        ? `between ${labelOf(lower)} and ${labelOf(upper)}`
        : upper
          ? `on or before ${labelOf(upper)}`
          : `on or after ${labelOf(lower!)}`;
    const precision: Precision =
      lower && upper ? (PRECISION_BY_LEVEL[Math.min(lower.precision, upper.precision)] ?? 'open') : 'open';
    return { edtf: value.edtf, earliest, latest, precision, label };
  }
  if (value.type === 'Year') {
    return {
      edtf: value.edtf,
      earliest: isoDay(value.min),
      latest: isoDay(value.max),
      precision: 'year',
      label: labelOf(value),
    };
  }
  throw new InvalidDateError(input, `${value.type} values are not supported; use a date or an interval`);
}

/** The key items are ordered by: the earliest bound, or for an open start its latest bound. */
export function sortKeyOf(date: FuzzyDate | null): string {
  return date?.earliest ?? date?.latest ?? MAX_DAY;
}

/** Parses an ISO calendar day (window bounds in queries); null when it is not one. */
export function parseIsoDay(input: string): string | null {
  return calendarDayProblem(input) ? null : input;
}

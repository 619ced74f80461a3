// The date rule: the tightest range every claim allows (the intersection of their earliest..latest bounds),
// written with the precision that range has; when the ranges do not overlap, disputed, showing the range that
// covers them all. `../2025-05-05` and `2025-05-03` give `2025-05-03`.
import type { FuzzyDate } from '../../../core/domain/types.ts';
import { parseFuzzyDate } from '../../../core/dates/fuzzy-date.ts';

export interface ReconciledDate {
  date: FuzzyDate;
  disputed: boolean;
}

const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** `dates` is non-empty. */
export function reconcileDates(dates: readonly FuzzyDate[]): ReconciledDate {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const d of dates) {
    lo = max(lo, d.earliest);
    hi = min(hi, d.latest);
  }
  if (lo === null || hi === null || lo <= hi) return { date: dateWithin(dates, lo, hi), disputed: false };
  // No overlap: the range covering every claim; an open end is unknown, so it stays open.
  const open = (pick: (d: FuzzyDate) => string | null) => dates.some((d) => pick(d) === null);
  let first: string | null = null;
  let last: string | null = null;
  for (const d of dates) {
    first = min(first, d.earliest);
    last = max(last, d.latest);
  }
  // Both ends open (`../x` against `y/..`, y after x) would be no date at all: the range spanning the known ends
  // instead, x to y (taken from every known bound, since `first` and `last` alone would be y and x, reversed).
  const known = dates.flatMap((d) => [d.earliest, d.latest]).filter((b): b is string => b !== null);
  const [from, to] =
    open((d) => d.earliest) && open((d) => d.latest)
      ? [known.reduce<string | null>(min, null), known.reduce<string | null>(max, null)]
      : [open((d) => d.earliest) ? null : first, open((d) => d.latest) ? null : last];
  return { date: dateWithin(dates, from, to), disputed: true };
}

/** A claimed date with exactly these bounds when there is one (its own wording), else one written from them. */
function dateWithin(dates: readonly FuzzyDate[], lo: string | null, hi: string | null): FuzzyDate {
  // The smallest wording in code-unit order, found in one pass (no filtered copy to sort for each of ~150k dates).
  let first: string | null = null;
  for (const d of dates) if (d.earliest === lo && d.latest === hi && (first === null || d.edtf < first)) first = d.edtf;
  return parseFuzzyDate(first ?? edtfOfRange(lo, hi));
}

function lastDayOfMonth(isoMonth: string): string {
  const [y, m] = isoMonth.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The shortest EDTF for a range of days: a day, a month, a year, or an interval with `..` for an open end. */
export function edtfOfRange(lo: string | null, hi: string | null): string {
  if (lo !== null && hi !== null) {
    if (lo === hi) return lo;
    if (lo.slice(0, 7) === hi.slice(0, 7) && lo.endsWith('-01') && hi === lastDayOfMonth(hi.slice(0, 7)))
      return lo.slice(0, 7);
    if (lo.slice(0, 4) === hi.slice(0, 4) && lo.endsWith('-01-01') && hi.endsWith('-12-31')) return lo.slice(0, 4);
  }
  return `${lo ?? '..'}/${hi ?? '..'}`;
}

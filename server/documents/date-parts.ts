// A fuzzy date as calendar parts at the precision each bound is known to (2025-02 -> year and month
// only), for formats such as TimelineJS that take dates as parts.
import edtf, { type EdtfValue } from 'edtf';
import type { FuzzyDate } from '../../core/domain/types.ts';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export interface BoundParts {
  /** Null when the bound is open. */
  start: DateParts | null;
  end: DateParts | null;
}

/** 1 = year, 2 = month, 3 = day, as the edtf package counts. */
type Level = 1 | 2 | 3;

function partsOf(isoDay: string, level: Level): DateParts {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  if (level === 1) return { year: y };
  if (level === 2) return { year: y, month: m };
  return { year: y, month: m, day: d };
}

const levelOf = (v: EdtfValue | null | undefined): Level =>
  v && (v.precision === 2 || v.precision === 3) ? v.precision : 1;

/**
 * The earliest bound at the lower end's precision and the latest at the upper end's, so
 * "2025-01/2025-05-05" gives January 2025 and 5 May 2025. Bounds come from the FuzzyDate (already
 * validated); only the per-end precision is read from the EDTF again.
 */
export function boundParts(date: FuzzyDate): BoundParts {
  const value = edtf(date.edtf);
  const lowerLevel = value.type === 'Interval' ? levelOf(value.lower) : levelOf(value);
  const upperLevel = value.type === 'Interval' ? levelOf(value.upper) : levelOf(value);
  return {
    start: date.earliest ? partsOf(date.earliest, lowerLevel) : null,
    end: date.latest ? partsOf(date.latest, upperLevel) : null,
  };
}

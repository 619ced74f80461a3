// One row of the targets table: a figure against its limit, or "not measured" when the run has no such figure.
import type { TargetRow } from './bench-report.ts';

export const ms = (v: number) => `${v} ms`;
export const s = (v: number) => `${(v / 1000).toFixed(1)} s`;

/** A ceiling: met when the value is at most `max`. */
export function row(
  target: string,
  limit: string,
  value: number | undefined,
  max: number,
  format: (v: number) => string,
  note = '',
): TargetRow {
  return value === undefined || !Number.isFinite(value)
    ? { target, limit, measured: 'not measured', met: null, note }
    : { target, limit, measured: format(value), met: value <= max, note };
}

/** A floor (throughput): met when the value is at least `min`. */
export function rowAtLeast(
  target: string,
  limit: string,
  value: number | undefined,
  min: number,
  format: (v: number) => string,
  note = '',
): TargetRow {
  // Negating both sides turns "at least" into the ceiling `row` checks, and keeps one not-measured rule.
  return row(target, limit, value === undefined ? undefined : -value, -min, (v) => format(-v), note);
}

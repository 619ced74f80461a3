// Axis ticks for a UTC time scale, labelled the way a reader says dates ("2025", "Feb", "5 Feb").
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { textWidth, type FontSpec } from '../text/text-width.ts';

export interface AxisTick {
  x: number;
  label: string;
  /** Year boundaries get a stronger gridline. */
  major: boolean;
}

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatMonthYear = utcFormat('%b %Y');
const formatDay = utcFormat('%-d %b');
const formatDayYear = utcFormat('%-d %b %Y');
const formatTime = utcFormat('%H:%M');

function label(d: Date, first: boolean): string {
  if (utcDay.floor(d) < d) return formatTime(d);
  if (utcMonth.floor(d) < d) return first ? formatDayYear(d) : formatDay(d);
  if (utcYear.floor(d) < d) return first ? formatMonthYear(d) : formatMonth(d);
  return formatYear(d);
}

/** Labels start just right of their tick line; a label that would run past the plot is dropped. */
export const TICK_LABEL_DX = 4;
export const TICK_FONT: FontSpec = { size: 11 };

/**
 * The densest ticks (at least `spacing` px apart on average) whose labels fit: a label that would run
 * into the next one is left off, and if more than one would be, fewer ticks are tried.
 */
export function timeTicks(scale: ScaleTime<number, number>, spacing = 110): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const right = (t: AxisTick) => t.x + TICK_LABEL_DX + textWidth(t.label, TICK_FONT);
  for (let count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing)); ; count = Math.floor(count * 0.7)) {
    const ticks = scale
      .ticks(Math.max(1, count))
      .map((d, i) => ({ x: scale(d), label: label(d, i === 0), major: utcYear.floor(d).getTime() === d.getTime() }))
      .filter((t) => right(t) <= r1);
    // From the right, so it is the first (longest, "Dec 2024") label that gives way.
    const kept: AxisTick[] = [];
    for (const t of [...ticks].reverse()) if (!kept[0] || right(t) + 8 <= kept[0].x) kept.unshift(t);
    if (ticks.length - kept.length <= 1 || count <= 2) return kept;
  }
}

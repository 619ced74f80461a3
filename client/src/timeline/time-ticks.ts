// Axis ticks for a UTC time scale, labelled the way a reader says dates ("2025", "Feb", "5 Feb").
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { textWidth, type FontSpec } from '../ui/text-width.ts';

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

/** The densest ticks (at least `spacing` px apart on average) whose labels do not run into each other. */
export function timeTicks(scale: ScaleTime<number, number>, spacing = 110): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  for (let count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing)); ; count = Math.floor(count * 0.7)) {
    const ticks = scale
      .ticks(Math.max(1, count))
      .map((d, i) => ({ x: scale(d), label: label(d, i === 0), major: utcYear.floor(d).getTime() === d.getTime() }))
      .filter((t) => t.x + TICK_LABEL_DX + textWidth(t.label, TICK_FONT) <= r1);
    const clear = ticks.every((t, i) => {
      const next = ticks[i + 1];
      return !next || t.x + TICK_LABEL_DX + textWidth(t.label, TICK_FONT) + 8 <= next.x;
    });
    if (clear || count <= 2) return ticks;
  }
}

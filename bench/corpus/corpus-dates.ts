// Dates for the synthetic corpus: days counted from the corpus start, written as EDTF of mixed precision
// (day, month, open) together with the words an article would use for them.
import type { Rng } from './prng.ts';
import { MONTHS } from '../../core/dates/day-label.ts';

const DAY_MS = 86_400_000;

export interface CorpusCalendar {
  /** Number of days the corpus spans. */
  days: number;
  isoDay(day: number): string;
}

export function createCalendar(startYear: number, years: number): CorpusCalendar {
  const start = Date.UTC(startYear, 0, 1);
  return {
    days: Math.round((Date.UTC(startYear + years, 0, 1) - start) / DAY_MS),
    isoDay: (day) => new Date(start + day * DAY_MS).toISOString().slice(0, 10),
  };
}

export interface WrittenDate {
  edtf: string;
  /** How the article says it, capitalised to open a sentence: "On 5 March 2019". */
  phrase: string;
}

function words(iso: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: MONTHS[Number(month) - 1] ?? '', year };
}

/** Mostly exact days, some months, some open intervals (known only on one side). */
export function writeDate(iso: string, rng: Rng): WrittenDate {
  const w = words(iso);
  const monthIso = iso.slice(0, 7);
  const u = rng.next();
  if (u < 0.65) return { edtf: iso, phrase: `On ${w.day} ${w.month} ${w.year}` };
  if (u < 0.85) return { edtf: monthIso, phrase: `In ${w.month} ${w.year}` };
  if (u < 0.93) return { edtf: `../${iso}`, phrase: `On or before ${w.day} ${w.month} ${w.year}` };
  if (u < 0.97) return { edtf: `${iso}/..`, phrase: `From ${w.day} ${w.month} ${w.year}` };
  return { edtf: `${monthIso}/..`, phrase: `From ${w.month} ${w.year}` };
}

export function dayPhrase(iso: string): string {
  const w = words(iso);
  return `${w.day} ${w.month} ${w.year}`;
}

// What the timeline knows of an entry's disputes: the fields its sources disagree on and, for a date, each
// source's claimed date, so the chart can mark the entry and draw every source's range.
import type { FuzzyDate } from '../domain/types.ts';

export interface DateClaim {
  /** The outlet making the claim (its publisher), as a reader knows it. */
  source: string;
  date: FuzzyDate;
}

export interface EntryDispute {
  field: string;
  /** Each source's date, when the field is a date; empty otherwise. */
  dates: DateClaim[];
}

/** How a disputed field reads in a sentence. */
const FIELD_NAMES: Record<string, string> = {
  event: 'where it was said',
  text: 'the wording',
  speaker: 'who said it',
  quotedIn: 'who quoted it',
  title: 'the title',
  kind: 'the kind',
  name: 'the name',
  type: 'the relationship',
  participants: 'who took part',
};

export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? `the ${field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

/** "Sources disagree on the date (Thin Line News: February 2025; Test Wire: March 2025) and the wording." */
export function disputeSentence(disputes: readonly EntryDispute[]): string {
  const parts = disputes.map((d) => {
    const dates = d.dates.map((c) => `${c.source}: ${c.date.label}`);
    return dates.length ? `${fieldName(d.field)} (${dates.join('; ')})` : fieldName(d.field);
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}` : (parts[0] ?? '');
  return `Sources disagree on ${list}.`;
}

/** Each source's claimed date of a disputed date field, one per source and date, in the claims' order. */
export function disputedDates(disputes: readonly EntryDispute[] | undefined): DateClaim[] {
  const date = disputes?.find((d) => d.field === 'date');
  if (!date) return [];
  const seen = new Set<string>();
  return date.dates.filter((c) => {
    const key = `${c.source}\u0000${c.date.edtf}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

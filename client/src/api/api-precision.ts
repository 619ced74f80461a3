// GraphQL spells a date's precision as its enum does (DAY, MONTH, YEAR, OPEN: every enum is upper case); the
// client's layouts share the domain's FuzzyDate with the server's exports, which spell it day/month/year/open.
// Responses are read through this reviver so every `precision` arrives in the domain's spelling.
import type { Precision } from '../../../core/domain/types.ts';

const FROM_API: Readonly<Record<string, Precision>> = { DAY: 'day', MONTH: 'month', YEAR: 'year', OPEN: 'open' };

/** JSON.parse reviver: a `precision` string in the API's spelling becomes the domain's (others are left as they are). */
export function revivePrecision(key: string, value: unknown): unknown {
  return key === 'precision' && typeof value === 'string' ? (FROM_API[value] ?? value) : value;
}

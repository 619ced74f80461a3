// Validates and normalises request arguments (dates, windows, `first`, depth, match, search text, ids, cursors);
// anything wrong is an InputError naming the argument. GraphQL resolvers and the export routes both read through
// here, so a bad value gets the same message whichever way it came.
import { z } from 'zod';
import { calendarDayProblem } from '../../core/dates/calendar-day.ts';
import type { DateMatch, DateWindow } from '../store/store.ts';
import { InputError } from './input-error.ts';
import { INPUT_LIMITS } from './input-limits.ts';

/** A day as the stores compare it (EDTF's calendar subset, real days only: 2025-02-29 is refused); empty is none. */
const day = (argument: string) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (v === null || v === undefined || v === '') return null;
      const problem = calendarDayProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
      return problem ? null : v;
    })
    .describe(argument);

function check<T>(argument: string, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new InputError(argument, r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

// Schemas are built once: building a zod schema costs more than checking a value with it, and these run on
// every request (readFirst on every Evidence.context).
const FROM = day('from');
const TO = day('to');

export function readWindow(from: unknown, to: unknown): DateWindow {
  const window = { from: check('from', FROM, from), to: check('to', TO, to) };
  if (window.from && window.to && window.from > window.to)
    throw new InputError('to', `${window.to} is before from ${window.from}`);
  return window;
}

/** One schema per maximum (a handful: page size, search results, context radius). */
const firstSchemas = new Map<number, z.ZodType<number>>();
const firstSchema = (max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(max, `at most ${max} per page; page with \`after\``);

export function readFirst(first: unknown, max: number = INPUT_LIMITS.maxPageSize, argument = 'first'): number {
  let schema = firstSchemas.get(max);
  if (!schema) firstSchemas.set(max, (schema = firstSchema(max)));
  return check(argument, schema, first);
}

const DEPTH = z
  .number()
  .int()
  .min(0, 'must not be negative')
  .max(INPUT_LIMITS.maxNetworkDepth, `at most ${INPUT_LIMITS.maxNetworkDepth} hops`);

export function readDepth(depth: unknown): number {
  return check('depth', DEPTH, depth);
}

const MATCH = z.enum(['OVERLAPS', 'POSSIBLY', 'WITHIN']).default('OVERLAPS');

export function readMatch(match: unknown): DateMatch {
  return check('match', MATCH, match ?? undefined);
}

const SEARCH_TEXT = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(INPUT_LIMITS.maxSearchLength, `at most ${INPUT_LIMITS.maxSearchLength} characters`);

export function readSearchText(text: unknown): string {
  return check('text', SEARCH_TEXT, text);
}

const IDS = z
  .array(z.string().min(1).max(INPUT_LIMITS.maxIdLength))
  .max(INPUT_LIMITS.maxIds, `at most ${INPUT_LIMITS.maxIds} ids`)
  .nullish()
  .transform((v) => v ?? []);

export function readIds(argument: string, ids: unknown): string[] {
  return check(argument, IDS, ids);
}

/** One id that must be there (a path's ends). */
export function readId(argument: string, v: unknown, what = 'an id'): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > INPUT_LIMITS.maxIdLength)
    throw new InputError(argument, `must be ${what} (1 to ${INPUT_LIMITS.maxIdLength} characters)`);
  return v;
}

/**
 * `after`: opaque to us here. Whether it belongs to the list and filters it is used with is the store's to say
 * (store/cursor.ts, which raises InvalidCursorError, an InputError too); this only refuses what no cursor can be.
 */
export function readCursor(after: unknown): string | null {
  if (after === null || after === undefined) return null;
  if (typeof after !== 'string') throw new InputError('after', 'must be a cursor from an earlier page');
  if (after.length > INPUT_LIMITS.maxCursorLength)
    throw new InputError(
      'after',
      `longer than any cursor this API issues (${INPUT_LIMITS.maxCursorLength} characters)`,
    );
  return after;
}

/** A whole number in 1..max (bucket and lane counts, path hops). */
export function readBounded(argument: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max)
    throw new InputError(argument, `must be a whole number from 1 to ${max}, not ${String(value)}`);
  return value;
}

const FILTER_TEXT = z
  .string()
  .trim()
  .max(INPUT_LIMITS.maxSearchLength, `at most ${INPUT_LIMITS.maxSearchLength} characters`)
  .nullish()
  .transform((v) => (v ? v : null));

/** An optional text filter (a substring to match, an exact name): null when absent or blank. */
export function readFilterText(argument: string, text: unknown): string | null {
  return check(argument, FILTER_TEXT, text);
}

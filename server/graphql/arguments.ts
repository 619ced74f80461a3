// Validates and normalises resolver arguments; anything wrong becomes BAD_USER_INPUT naming the argument.
// Shared with the HTTP export routes so filters are validated the same way everywhere.
import { z } from 'zod';
import { createGraphQLError } from 'graphql-yoga';
import { calendarDayProblem } from '../../core/dates/calendar-day.ts';
import type { DateMatch, DateWindow } from '../store/store.ts';
import { LIMITS } from './limits.ts';

export class BadInputError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
    this.name = 'BadInputError';
  }
}

export function badUserInput(e: BadInputError) {
  return createGraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', argument: e.argument } });
}

/** Runs a validation and turns BadInputError into the GraphQL error clients can act on. */
export function graphqlArgs<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof BadInputError) throw badUserInput(e);
    throw e;
  }
}

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
  if (!r.success) throw new BadInputError(argument, r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

// Schemas are built once: building a zod schema costs more than checking a value with it, and these run on
// every request (readFirst on every Evidence.context).
const FROM = day('from');
const TO = day('to');

export function readWindow(from: unknown, to: unknown): DateWindow {
  const window = { from: check('from', FROM, from), to: check('to', TO, to) };
  if (window.from && window.to && window.from > window.to)
    throw new BadInputError('to', `${window.to} is before from ${window.from}`);
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

export function readFirst(first: unknown, max: number = LIMITS.maxPageSize, argument = 'first'): number {
  let schema = firstSchemas.get(max);
  if (!schema) firstSchemas.set(max, (schema = firstSchema(max)));
  return check(argument, schema, first);
}

const DEPTH = z
  .number()
  .int()
  .min(0, 'must not be negative')
  .max(LIMITS.maxNetworkDepth, `at most ${LIMITS.maxNetworkDepth} hops`);

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
  .max(LIMITS.maxSearchLength, `at most ${LIMITS.maxSearchLength} characters`);

export function readSearchText(text: unknown): string {
  return check('text', SEARCH_TEXT, text);
}

const IDS = z
  .array(z.string().min(1).max(200))
  .max(100, 'at most 100 ids')
  .nullish()
  .transform((v) => v ?? []);

export function readIds(argument: string, ids: unknown): string[] {
  return check(argument, IDS, ids);
}

// The input module on its own (no transport), then the same bad value through GraphQL and through an export route:
// one InputError, answered as BAD_USER_INPUT naming the argument in both, with the same message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../server/input/input-error.ts';
import { readCursor, readFirst, readIds, readWindow } from '../../server/input/read-arguments.ts';
import { readLaneBy } from '../../server/input/export-options.ts';
import { readTimelineFilters } from '../../server/input/export-query.ts';
import { readDensityQuery } from '../../server/input/read-density.ts';
import { INPUT_LIMITS } from '../../server/input/input-limits.ts';
import { InvalidCursorError } from '../../server/store/store-errors.ts';
import { gql } from '../support/gql.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';

function inputError(read: () => unknown): InputError {
  try {
    read();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('server/input, without a transport', () => {
  it('names the argument and says what is wrong', () => {
    const e = inputError(() => readWindow('2025-02-29', null));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.argument).toBe('from');
    expect(e.message).toMatch(/^from: .*2025-02-29/);
    expect(inputError(() => readWindow('2025-03-01', '2025-01-01')).argument).toBe('to');
    expect(inputError(() => readFirst(INPUT_LIMITS.maxPageSize + 1)).message).toBe(
      `first: at most ${INPUT_LIMITS.maxPageSize} per page; page with \`after\``,
    );
    expect(inputError(() => readIds('sourceIds', Array(INPUT_LIMITS.maxIds + 1).fill('x'))).argument).toBe('sourceIds');
    expect(inputError(() => readDensityQuery({ from: '2025-01-01', to: null, buckets: 10, lanes: 5 })).argument).toBe(
      'to',
    );
    expect(inputError(() => readTimelineFilters({ actorIds: { a: 'b' } })).argument).toBe('actorIds');
  });

  it('accepts what is valid, reading lane groupings in either case', () => {
    expect(readWindow('2024-02-29', '')).toEqual({ from: '2024-02-29', to: null });
    expect(readCursor(undefined)).toBeNull();
    expect(readCursor('abc')).toBe('abc');
    expect(readLaneBy('KIND')).toBe('kind');
    expect(readLaneBy(undefined)).toBe('actor');
    expect(inputError(() => readLaneBy('colour')).argument).toBe('laneBy');
  });

  it('refuses a cursor longer than any issued, and a store-refused cursor is an InputError too', () => {
    expect(inputError(() => readCursor('x'.repeat(INPUT_LIMITS.maxCursorLength + 1))).argument).toBe('after');
    const refused = new InvalidCursorError('bogus');
    expect(refused).toBeInstanceOf(InputError);
    expect(refused.argument).toBe('after');
    expect(refused.message).toBe('cursor "bogus" is not valid for this list');
  });
});

describe('one InputError, two transports', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('GraphQL and the export route give the same code, argument and message for a non-calendar day', async () => {
    const viaGraphql = await gql(app.url, 'query { timeline(from: "2025-02-29") { totalCount } }');
    const res = await fetch(`${app.url}/export/timeline.csv?from=2025-02-29`);
    const viaExport = ((await res.json()) as { error: { code: string; argument: string; message: string } }).error;
    expect(res.status).toBe(400);
    const error = viaGraphql.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(viaExport).toEqual({ code: 'BAD_USER_INPUT', argument: 'from', message: error?.message });
  });

  it('GraphQL refuses an over-long cursor before any store sees it, naming `after`', async () => {
    const r = await gql(app.url, 'query($a: String) { events(first: 1, after: $a) { totalCount } }', {
      a: 'x'.repeat(INPUT_LIMITS.maxCursorLength + 1),
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const stale = await gql(app.url, 'query { timeline(first: 1, after: "bogus") { totalCount } }');
    expect(stale.errors?.[0]).toMatchObject({
      message: 'cursor "bogus" is not valid for this list',
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });
});

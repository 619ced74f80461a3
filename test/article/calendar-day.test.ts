// Calendar days are checked everywhere a day enters (documents, GraphQL arguments, export parameters), and an
// impossible day is refused in words, never rolled over to the next month or answered with a parser fragment.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDayProblem } from '../../core/dates/calendar-day.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { validateArticle } from '../../server/article/validate-article.ts';
import { ArticleValidationError } from '../../server/article/article-validation-error.ts';
import { gql } from '../support/gql.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';

const FEB_29 = '2025-02-29 is not a calendar day: February 2025 has 28 days';
const FEB_30 = '2025-02-30 is not a calendar day: February 2025 has 28 days';

describe('calendarDayProblem', () => {
  it.each([
    ['2025-02-29', FEB_29],
    ['2025-02-30', FEB_30],
    ['2025-04-31', '2025-04-31 is not a calendar day: April 2025 has 30 days'],
    ['2025-13-01', '2025-13-01 is not a calendar day: there is no month 13 (months run 01 to 12)'],
    ['2025-05-00', '2025-05-00 is not a calendar day: May 2025 has 31 days'],
  ])('%s: %s', (day, message) => expect(calendarDayProblem(day)).toBe(message));

  it('accepts real days, leap days included', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2025-02-28', '2025-12-31'])
      expect(calendarDayProblem(day)).toBeNull();
    expect(calendarDayProblem('1900-02-29')).toMatch(/February 1900 has 28 days/);
  });
});

describe('in article documents', () => {
  it.each(['2025-02-29', '2025-02-30', '2025-02-29/2025-03-05', '../2025-02-30', '2025-02-29~'])(
    'parseFuzzyDate refuses %s in words',
    (edtf) => {
      expect(() => parseFuzzyDate(edtf)).toThrow(/is not a calendar day: February 2025 has 28 days/);
    },
  );

  const seedDoc = () => JSON.parse(readFileSync('seed/articles/thin-line-news-2025-05-05.json', 'utf8'));
  const seedText = () => readFileSync('seed/articles/thin-line-news-2025-05-05.txt', 'utf8');

  it('refuses an event on 2025-02-29 with the path and the reason', () => {
    const doc = seedDoc();
    doc.events[0].date = '2025-02-29';
    try {
      validateArticle('a.json', doc, seedText());
      expect.unreachable('2025-02-29 was accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ArticleValidationError);
      expect((e as ArticleValidationError).issues).toContainEqual({ path: 'events[0].date', message: FEB_29 });
    }
  });

  it('refuses a publication day that is not on the calendar', () => {
    const doc = seedDoc();
    doc.source.publishedAt = '2025-02-30';
    expect(() => validateArticle('a.json', doc, seedText())).toThrow(FEB_30);
  });
});

describe('in GraphQL arguments and export parameters', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it.each([
    ['2025-02-29', FEB_29],
    ['2025-02-30', FEB_30],
  ])('GraphQL refuses from: %s with BAD_USER_INPUT in words', async (day, message) => {
    const r = await gql(app.url, `{ timeline(from: "${day}") { totalCount } }`);
    expect(r.errors?.[0]?.message).toBe(`from: ${message}`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });

  it('an export refuses to=2025-02-29 with status 400 and the same words', async () => {
    const res = await fetch(`${app.url}/export/timeline.csv?to=2025-02-29`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ argument: 'to', message: `to: ${FEB_29}` });
  });
});

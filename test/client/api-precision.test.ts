// The client reads the API's UPPER_CASE Precision into the domain's spelling its layouts share with the exports,
// and its queries are valid against the server's schema (statement form, interface kind).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswer } from '../../client/src/api/api-precision.ts';
import { createGraphQLClient } from '../../client/src/api/graphql-client.ts';
import * as queries from '../../client/src/api/queries.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';
import { LIMITS } from '../../server/graphql/limits.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

describe('the client API module', () => {
  it("reads the real server's timeline with domain precisions and the statement form", async () => {
    const client = createGraphQLClient(`${app.url}/graphql`);
    const items = await client.timeline();
    expect(items.length).toBeGreaterThan(10);
    const precisions = new Set(items.map((i) => i.date.precision));
    expect([...precisions].every((p) => ['day', 'month', 'year', 'open'].includes(p))).toBe(true);
    expect(precisions.has('month')).toBe(true);
    const forms = new Set(items.flatMap((i) => (i.__typename === 'Statement' ? [i.statementKind] : [])));
    expect(forms).toEqual(new Set(['QUOTE', 'PARAPHRASE']));
  });

  it('reads a relationship for the evidence panel by its id alone', async () => {
    const client = createGraphQLClient(`${app.url}/graphql`);
    const detail = await client.detail({ type: 'relationship', id: 'rel-nayib-bukele-criticised-mexico' });
    expect(detail).toMatchObject({
      type: 'relationship',
      relationshipType: 'CRITICISED',
      source: { id: 'nayib-bukele' },
      target: { id: 'mexico' },
      date: { precision: 'open', label: 'on or before 5 May 2025' },
    });
    expect(detail?.type === 'relationship' && detail.evidence[0]!.source.publisher).toBe('Thin Line News');
    expect(await client.detail({ type: 'relationship', id: 'no-such-relationship' })).toBeNull();
  });

  it('sends only queries the schema accepts', async () => {
    const variables: Record<string, Record<string, unknown>> = {
      TIMELINE_QUERY: { first: 1 },
      EVENT_DETAIL_QUERY: { id: '2025-02-us-cartel-fto-designation' },
      STATEMENT_DETAIL_QUERY: { id: 'claudia-sheinbaum-sovereignty-is-not-for-sale' },
      ACTOR_DETAIL_QUERY: { id: 'mexico' },
      RELATIONSHIP_DETAIL_QUERY: { id: 'rel-nayib-bukele-criticised-mexico' },
      SOURCE_ITEMS_QUERY: { sourceIds: ['thin-line-news-2025-05-05'], first: 10 },
      DENSITY_QUERY: { from: '2025-01-01', to: '2025-12-31', buckets: 1000, laneBy: 'ACTOR', lanes: 100 },
      BUSIEST_ACTORS_QUERY: { from: '1000-01-01', to: '2999-12-31', lanes: 100 },
    };
    const documents = Object.entries(queries).filter(([name]) => name.endsWith('_QUERY'));
    expect(documents.length).toBeGreaterThanOrEqual(8);
    for (const [name, document] of documents) {
      const r = await gql(app.url, document as string, variables[name] ?? {});
      expect({ name, errors: r.errors }).toEqual({ name, errors: undefined });
    }
  });

  it('asks for full pages that the cost limit allows (the client pages by 500)', async () => {
    // The cost limit counts a variable `first` at its value: a client page must stay under it with every field the
    // client selects (disputes and their claims included), or the app would load nothing.
    const pages: Array<[string, Record<string, unknown>]> = [
      [queries.TIMELINE_QUERY, { first: LIMITS.maxPageSize, count: true }],
      [queries.SOURCE_ITEMS_QUERY, { sourceIds: ['thin-line-news-2025-05-05'], first: LIMITS.maxPageSize }],
    ];
    for (const [document, variables] of pages) {
      const r = await gql(app.url, document, variables);
      expect(r.errors).toBeUndefined();
    }
  });
});

describe('parseAnswer', () => {
  it("spells each date's precision as the domain does, and leaves the same words inside strings alone", () => {
    const text = JSON.stringify({
      data: {
        items: [
          { date: { precision: 'DAY' } },
          { date: { precision: 'OPEN' } },
          { title: '"precision":"MONTH"', note: 'precision', precision2: 'YEAR' },
        ],
      },
    });
    expect(parseAnswer(text)).toEqual({
      data: {
        items: [
          { date: { precision: 'day' } },
          { date: { precision: 'open' } },
          { title: '"precision":"MONTH"', note: 'precision', precision2: 'YEAR' },
        ],
      },
    });
    expect(parseAnswer('{ "precision" : "YEAR", "p": "DAY" }')).toEqual({ precision: 'year', p: 'DAY' });
    expect(parseAnswer('{"precision":"WEEK"}')).toEqual({ precision: 'WEEK' });
  });
});

// The questions a new user asks of the seed article, over HTTP, on the embedded store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

describe('a new user questions the seed article', () => {
  it('what happened in February 2025', async () => {
    const r = await gql(
      app.url,
      `{ events(from: "2025-02-01", to: "2025-02-28") { totalCount edges { node { id title date { edtf label precision } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const events = r.data!.events.edges.map((e: any) => e.node);
    const designation = events.find((e: any) => e.id === '2025-02-us-cartel-fto-designation');
    expect(designation.date).toEqual({ edtf: '2025-02', label: 'February 2025', precision: 'MONTH' });
    expect(events.every((e: any) => e.date.edtf !== '../2025-05-05')).toBe(true);
  });

  it('who said "Sovereignty is not for sale", when, and on what evidence', async () => {
    const r = await gql(
      app.url,
      `{ search(text: "Sovereignty is not for sale", first: 5) { kind snippet node { ... on Statement { id text speaker { name } date { label } event { title } quotedIn { id }
        evidence { quote start end source { title publisher publishedAt } context(radius: 40) { before quote after } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const statement = r.data!.search[0].node;
    expect(statement.speaker.name).toBe('Claudia Sheinbaum');
    expect(statement.date.label).toBe('on or before 5 May 2025');
    const ev = statement.evidence[0];
    expect(ev.quote).toContain('Sovereignty is not for sale');
    expect(ev.source).toEqual({
      title: 'Mexico rejects U.S. military assistance amid rising cartel violence',
      publisher: 'Thin Line News',
      publishedAt: '2025-05-05',
    });
    expect(ev.context.quote).toBe(ev.quote);
    expect(ev.context.before.length).toBeLessThanOrEqual(40);
  });

  it('which actors are one hop from Bukele', async () => {
    const r = await gql(
      app.url,
      `{ network(actorIds: ["nayib-bukele"], depth: 1) { nodes { id name kind } edges { type source { id } target { id } date { label } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const names = r.data!.network.nodes.map((n: any) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Nayib Bukele', 'El Salvador', 'Mexico']));
    expect(r.data!.network.edges.some((e: any) => e.type === 'CRITICISED' && e.source.id === 'nayib-bukele')).toBe(
      true,
    );
  });

  it('everything Trump is party to, in date order', async () => {
    const r = await gql(
      app.url,
      `{ timeline(actorIds: ["donald-trump"], first: 100) { totalCount edges { node { __typename ... on Event { id title date { earliest latest } }
        ... on Statement { id text speaker { id } date { earliest latest } quotedIn { speaker { name } } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const items = r.data!.timeline.edges.map((e: any) => e.node);
    expect(items.length).toBe(r.data!.timeline.totalCount);
    const keys = items.map((i: any) => i.date.earliest ?? i.date.latest);
    expect(keys).toEqual([...keys].sort());
    expect(items[0].id).toBe('2025-01-trump-border-directive');
    const quote = items.find((i: any) => i.__typename === 'Statement');
    expect(quote.quotedIn.speaker.name).toBe('Claudia Sheinbaum');
  });
});

describe('bad input and unknown ids', () => {
  it('an unparseable date is BAD_USER_INPUT naming the argument', async () => {
    const r = await gql(app.url, `{ timeline(from: "February 2025") { totalCount } }`);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(r.errors![0]!.message).toContain('YYYY-MM-DD');
  });

  it('a window that ends before it starts is BAD_USER_INPUT', async () => {
    const r = await gql(app.url, `{ events(from: "2025-03-01", to: "2025-02-01") { totalCount } }`);
    expect(r.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('first above the page cap is BAD_USER_INPUT; at the cap it is fine', async () => {
    const over = await gql(app.url, `query($n: Int) { actors(first: $n) { totalCount } }`, { n: 501 });
    expect(over.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors![0]!.message).toContain('at most 500');
    const at = await gql(app.url, `query($n: Int) { actors(first: $n) { totalCount } }`, { n: 500 });
    expect(at.errors).toBeUndefined();
  });

  it('depth past the maximum and a forged cursor are BAD_USER_INPUT', async () => {
    const deep = await gql(app.url, `{ network(actorIds: ["nayib-bukele"], depth: 4) { nodes { id } } }`);
    expect(deep.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await gql(app.url, `{ actors(after: "bogus") { totalCount } }`);
    expect(cursor.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('an unknown id gives null, not an error', async () => {
    const r = await gql(
      app.url,
      `{ actor(id: "nobody") { id } event(id: "nothing") { id } statement(id: "none") { id } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ actor: null, event: null, statement: null });
  });
});

// What a GraphQL user expects of the API (issue 13, items 2 and 10): the timeline's items share an interface
// with one `kind` type, Relay's PageInfo and Node conventions, navigation from an actor, enum values in one case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';
import { buildSchema } from '../../server/graphql/executable-schema.ts';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

const nodesOf = (connection: { edges: Array<{ node: any }> }) => connection.edges.map((e) => e.node);

describe('the timeline as one interface', () => {
  it('answers the natural query: kind on Event and on Statement is the same type', async () => {
    const r = await gql(
      app.url,
      `{ timeline(first: 100) { edges { node { __typename ... on Event { kind } ... on Statement { kind form } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const items = nodesOf(r.data!.timeline);
    const events = items.filter((i) => i.__typename === 'Event');
    const statements = items.filter((i) => i.__typename === 'Statement');
    expect(events.map((e) => e.kind)).toContain('directive');
    expect(statements.length).toBeGreaterThan(0);
    // A statement's kind is its form in kebab-case, the enum still says QUOTE or PARAPHRASE.
    for (const s of statements) expect(s.kind).toBe(s.form.toLowerCase());
    expect(new Set(statements.map((s) => s.form))).toEqual(new Set(['QUOTE', 'PARAPHRASE']));
  });

  it('asks the shared fields without a type condition', async () => {
    const r = await gql(app.url, `{ timeline(first: 3) { edges { node { id kind date { label precision } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(nodesOf(r.data!.timeline)[0]).toEqual({
      id: '2025-01-trump-border-directive',
      kind: 'directive',
      date: { label: 'January 2025', precision: 'MONTH' },
    });
  });
});

describe('PageInfo (Relay Cursor Connections)', () => {
  it('gives start and end cursors, and whether pages come before and after', async () => {
    const query = `query($after: String) { actors(first: 2, after: $after) {
      edges { cursor } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }`;
    const first = await gql(app.url, query);
    expect(first.errors).toBeUndefined();
    const one = first.data!.actors;
    expect(one.pageInfo).toEqual({
      hasPreviousPage: false,
      hasNextPage: true,
      startCursor: one.edges[0].cursor,
      endCursor: one.edges[1].cursor,
    });
    const second = (await gql(app.url, query, { after: one.pageInfo.endCursor })).data!.actors;
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.pageInfo.startCursor).toBe(second.edges[0].cursor);
    expect(second.pageInfo.startCursor).not.toBe(one.pageInfo.endCursor);
  });

  it('gives null cursors for an empty page', async () => {
    const r = await gql(
      app.url,
      `{ actors(search: "no such actor") { pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }`,
    );
    expect(r.data!.actors.pageInfo).toEqual({
      hasPreviousPage: false,
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('Node and node(id:)', () => {
  it('refetches an actor, event, statement, relationship and source by the id it gave', async () => {
    const ids = {
      Actor: 'claudia-sheinbaum',
      Event: '2025-02-us-cartel-fto-designation',
      Statement: 'claudia-sheinbaum-sovereignty-is-not-for-sale',
      Relationship: 'rel-nayib-bukele-criticised-mexico',
      Source: 'thin-line-news-2025-05-05',
    };
    const fields = Object.entries(ids)
      .map(([type, id]) => `${type.toLowerCase()}: node(id: "${id}") { __typename id }`)
      .join(' ');
    const r = await gql(app.url, `{ ${fields} none: node(id: "no-such-node") { id } }`);
    expect(r.errors).toBeUndefined();
    for (const [type, id] of Object.entries(ids)) expect(r.data![type.toLowerCase()]).toEqual({ __typename: type, id });
    expect(r.data!.none).toBeNull();
  });

  it('answers a type-specific selection through the interface', async () => {
    const r = await gql(
      app.url,
      `{ node(id: "rel-nayib-bukele-criticised-mexico") { ... on Relationship { type source { name } date { precision } } } }`,
    );
    expect(r.data!.node).toEqual({ type: 'CRITICISED', source: { name: 'Nayib Bukele' }, date: { precision: 'OPEN' } });
  });

  it('refuses an id two types share, naming both, rather than guessing', async () => {
    const articles = await loadArticles();
    const [first] = articles;
    const clash = { ...first!.events[0]!, id: 'mexico', statementIds: [] };
    const store = new MemoryStore([{ ...first!, events: [...first!.events, clash] }]);
    const other = await startApp({ store });
    try {
      const r = await gql(other.url, `{ node(id: "mexico") { id } }`);
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(r.errors![0]!.message).toContain('Actor and Event');
    } finally {
      await other.close();
    }
  });
});

describe('navigation from an actor', () => {
  it("gives Trump's events, statements and relationships as the root lists do", async () => {
    const r = await gql(
      app.url,
      `{ actor(id: "donald-trump") {
          events(first: 100) { totalCount edges { node { id } } }
          statements(first: 100) { totalCount edges { node { id } } }
          relationships(first: 100) { totalCount edges { node { id source { id } target { id } } } } }
        events(actorIds: ["donald-trump"], first: 100) { edges { node { id } } }
        statements(speakerId: "donald-trump", first: 100) { edges { node { id } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const actor = r.data!.actor;
    expect(nodesOf(actor.events)).toEqual(nodesOf(r.data!.events));
    expect(nodesOf(actor.statements)).toEqual(nodesOf(r.data!.statements));
    expect(actor.events.totalCount).toBeGreaterThan(0);
    expect(actor.statements.totalCount).toBeGreaterThan(0);
    const rels = nodesOf(actor.relationships);
    expect(rels.map((x) => x.id)).toContain('rel-donald-trump-proposed-to-claudia-sheinbaum');
    expect(rels.map((x) => x.id)).toContain('rel-claudia-sheinbaum-rejected-proposal-of-donald-trump');
    expect(rels.every((x) => x.source.id === 'donald-trump' || x.target.id === 'donald-trump')).toBe(true);
    expect(actor.relationships.totalCount).toBe(rels.length);
  });

  it('pages a nested connection with its own cursors; a forged one is BAD_USER_INPUT', async () => {
    const query = `query($after: String) { actor(id: "mexico") { relationships(first: 2, after: $after) {
      edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const all = (await gql(app.url, `{ actor(id: "mexico") { relationships(first: 100) { edges { node { id } } } } }`))
      .data!.actor.relationships;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: any = (await gql(app.url, query, { after })).data!.actor.relationships;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...nodesOf(page).map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(nodesOf(all).map((n) => n.id));
    const forged = await gql(app.url, `{ actor(id: "mexico") { events(after: "bogus") { totalCount } } }`);
    expect(forged.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('enum values', () => {
  it('are UPPER_CASE in every enum of the schema', () => {
    const types = Object.values(buildSchema().getTypeMap()) as Array<{
      name: string;
      getValues?: () => Array<{ name: string }>;
    }>;
    const values = types
      .filter((t) => !t.name.startsWith('__'))
      .flatMap((t) => (t.getValues?.() ?? []).map((v) => `${t.name}.${v.name}`));
    expect(values).toContain('Precision.DAY');
    expect(values.filter((v) => !/^\w+\.[A-Z][A-Z0-9_]*$/.test(v))).toEqual([]);
  });
});

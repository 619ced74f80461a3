// The GraphQL queries the docs show run as shown: every ```graphql block in the README and the API and embedding
// docs, and the README's curl body, against the app on the seed article, answer data and no errors.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/start-app.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

function graphqlBlocks(file: string): [string, string][] {
  return new MarkdownIt()
    .parse(read(file), {})
    .filter((t) => t.type === 'fence' && t.info.trim() === 'graphql')
    .map((t, i) => [`${file} query ${i + 1}`, t.content]);
}

const QUERIES = ['README.md', 'docs/graphql-api.md', 'docs/embedding.md'].flatMap(graphqlBlocks);

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

async function post(body: string): Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

describe('the queries in the docs', () => {
  it('are found (the README shows at least one)', () => {
    expect(QUERIES.filter(([name]) => name.startsWith('README.md')).length).toBeGreaterThanOrEqual(1);
    expect(QUERIES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(QUERIES)('%s runs on the seed article', async (_name, query) => {
    const answer = await post(JSON.stringify({ query }));
    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data ?? {}).every((v) => v !== null)).toBe(true);
  });

  it("the README's first query finds the February 2025 events, and its curl body runs", async () => {
    const [, first] = QUERIES[0]!;
    const answer = await post(JSON.stringify({ query: first }));
    const events = (answer.data?.events as { edges: { node: { date: { edtf: string } } }[] }).edges;
    expect(events.length).toBeGreaterThan(0);
    // The February designation, dated by month only; spans that reach into February overlap the window too.
    expect(events.map((e) => e.node.date.edtf)).toContain('2025-02');
    // The body between -d '...' in the README's curl command, as the shell passes it.
    const body = /-d '([^']+)'/.exec(read('README.md'))?.[1];
    expect(body).toBeDefined();
    const viaCurl = await post(body!);
    expect(viaCurl.errors).toBeUndefined();
    expect((viaCurl.data?.events as { edges: unknown[] }).edges).toHaveLength(events.length);
  });
});

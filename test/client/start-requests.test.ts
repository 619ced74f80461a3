// index.html preloads the timeline's first requests (vite.config.ts): a preload only serves a fetch for the same
// URL byte for byte, so the URLs it names must be those the GraphQL client then requests.
import { describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../client/src/api/graphql-client.ts';
import { KINDS_DENSITY, PROBE_DENSITY, startRequestUrls } from '../../client/src/api/start-requests.ts';

const EMPTY = { buckets: [], counts: [], lanes: [], total: 0 };

describe('the preloaded start requests', () => {
  it('are the GET URLs the client requests for the probe and the kinds', async () => {
    const requested: Array<{ url: string; method: string }> = [];
    const api = createGraphQLClient('/graphql', async (input, init) => {
      requested.push({ url: String(input), method: init?.method ?? 'GET' });
      return new Response(JSON.stringify({ data: { timelineDensity: EMPTY } }));
    });
    await api.density(PROBE_DENSITY);
    await api.density(KINDS_DENSITY);
    expect(requested.map((r) => r.method)).toEqual(['GET', 'GET']);
    expect(requested.map((r) => r.url)).toEqual(startRequestUrls('/graphql'));
  });

  it('are two different GETs of the Density document', async () => {
    const urls = startRequestUrls();
    expect(new Set(urls).size).toBe(2);
    for (const url of urls) expect(url.startsWith('/graphql?query=query+Density')).toBe(true);
  });
});

// What the network panel asks for (client/src/app/network-scope.ts): the whole network for a corpus it can lay out,
// past the limit the busiest actors and the links among them, through requests of a bounded size.
import { describe, expect, it } from 'vitest';
import { createGraphQLClient } from '../../client/src/api/graphql-client.ts';
import {
  BUSIEST_ACTORS,
  loadScopedNetwork,
  NETWORK_ITEM_LIMIT,
  showNetworkScope,
} from '../../client/src/app/network-scope.ts';

function recordingApi(answer: (operation: string, variables: Record<string, unknown>) => unknown) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const api = createGraphQLClient('/graphql', async (input, init) => {
    const url = new URL(String(input), 'http://x');
    const body = init?.body ? (JSON.parse(String(init.body)) as { query: string; variables: object }) : null;
    const query = body?.query ?? url.searchParams.get('query') ?? '';
    const variables = (body?.variables ?? JSON.parse(url.searchParams.get('variables') ?? '{}')) as Record<
      string,
      unknown
    >;
    const operation = /query\s+(\w+)/.exec(query)![1]!;
    calls.push({ operation, variables });
    return new Response(JSON.stringify({ data: answer(operation, variables) }));
  });
  return { api, calls };
}

const actor = (id: string) => ({ id, name: id, kind: 'PERSON', aliases: [], roles: [], disputes: [] });
const lanes = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `a${i}`, label: `A ${i}`, counts: [n - i] }));

describe('the network the panel loads', () => {
  it('is the whole network while the corpus is small enough, without a note', async () => {
    const { api, calls } = recordingApi(() => ({ network: { nodes: [actor('a')], edges: [] } }));
    for (const items of [null, NETWORK_ITEM_LIMIT]) {
      const { graph, note } = await loadScopedNetwork(api, items);
      expect(graph.nodes.map((n) => n.id)).toEqual(['a']);
      expect(note).toBeNull();
    }
    expect(calls.map((c) => c.operation)).toEqual(['Network', 'Network']);
    // No actors, no depth: every actor, as the client always asked.
    expect(calls.every((c) => c.variables.actorIds === undefined && c.variables.depth === undefined)).toBe(true);
  });

  it('past the limit, is the busiest actors (one density bucket by actor, ids only) and the links among them', async () => {
    const { api, calls } = recordingApi((operation, v) =>
      operation === 'BusiestActors'
        ? { timelineDensity: { lanes: lanes(BUSIEST_ACTORS) } }
        : { network: { nodes: (v.actorIds as string[]).map(actor), edges: [] } },
    );
    const { graph, note } = await loadScopedNetwork(api, NETWORK_ITEM_LIMIT + 1);
    expect(calls.map((c) => c.operation)).toEqual(['BusiestActors', 'Network']);
    expect(calls[0]!.variables).toEqual({ from: '1000-01-01', to: '2999-12-31', lanes: BUSIEST_ACTORS });
    expect(calls[1]!.variables).toEqual({ actorIds: lanes(BUSIEST_ACTORS).map((l) => l.key), depth: 0 });
    expect(graph.nodes).toHaveLength(BUSIEST_ACTORS);
    expect(note).toBe(
      `Showing the ${BUSIEST_ACTORS} actors in the most events and statements, and the 0 relationships among them: ` +
        `with ${(NETWORK_ITEM_LIMIT + 1).toLocaleString('en')} items the whole network is too large to draw.`,
    );
  });

  it('past the limit with no actors at all, asks for no network (an empty id list would mean every actor)', async () => {
    const { api, calls } = recordingApi(() => ({ timelineDensity: { lanes: [] } }));
    const { graph } = await loadScopedNetwork(api, NETWORK_ITEM_LIMIT + 1);
    expect(calls.map((c) => c.operation)).toEqual(['BusiestActors']);
    expect(graph).toEqual({ nodes: [], edges: [] });
  });

  it('shows its note under the network, and hides it when the network is whole', () => {
    const host = { textContent: '', hidden: true } as HTMLElement;
    showNetworkScope(host, 'Showing a part');
    expect([host.textContent, host.hidden]).toEqual(['Showing a part', false]);
    showNetworkScope(host, null);
    expect([host.textContent, host.hidden]).toEqual(['', true]);
  });
});

// The hub network through GraphQL over HTTP, as the benchmark asks it (bench/reads/read-scenarios.ts), on one Neo4j
// store: the app as it is (the resolver reads the lean walk) beside the app answering from the full walk of an
// earlier commit (what the resolver read before issue 16 item 5), in interleaved rounds. Used by network-profile.ts.
import { pino } from 'pino';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { buildApp } from '../../server/app.ts';
import type { ByIdReads } from '../../server/store/neo4j/by-id-reads.ts';
import type { CypherReader } from '../../server/store/neo4j/cypher-reader.ts';
import { readNetworkWalk } from '../../server/store/neo4j/network-reads.ts';
import type { GraphStore, NetworkQuery } from '../../server/store/store.ts';
import { listenLocal } from '../../test/support/listen-local.ts';
import { readScenarios } from '../reads/read-scenarios.ts';
import { median, round } from '../stats.ts';

export async function compareGraphql(
  driver: Driver,
  store: GraphStore,
  before: { reader: CypherReader; byId: ByIdReads; label: string },
  hubId: string,
  runs: number,
): Promise<void> {
  const fullWalk = async (q: NetworkQuery) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: -1 });
    try {
      return await session.executeRead((tx) => readNetworkWalk(tx, before.reader, before.byId, q));
    } finally {
      await session.close();
    }
  };
  // Both network reads answer the old way: the full walk, summaries with every list.
  const old: GraphStore = new Proxy(store, {
    get: (target, prop, receiver) =>
      prop === 'network' || prop === 'networkLinks' ? fullWalk : Reflect.get(target, prop, receiver),
  });
  const day = { from: '2020-01-01', to: '2020-01-31' };
  const inputs = { hubId, month: day, year: day, range: day, searchText: '' };
  const scenario = readScenarios(inputs).find((s) => s.name === 'network-hub-depth2')!;
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const logger = pino({ level: 'silent' });
  const apps = {
    [`GraphQL, full walk (${before.label})`]: await listenLocal(buildApp({ store: old, logger })),
    'GraphQL, lean walk (now)': await listenLocal(buildApp({ store, logger })),
  };
  const times = new Map<string, number[]>(Object.keys(apps).map((k) => [k, []]));
  const answers = new Set<string>();
  try {
    for (let i = -1; i < runs; i++)
      for (const [name, app] of Object.entries(apps)) {
        const t = performance.now();
        const res = await fetch(`${app.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const text = await res.text();
        if (i >= 0) times.get(name)!.push(performance.now() - t);
        else answers.add(text);
      }
  } finally {
    await Promise.all(Object.values(apps).map((a) => a.close()));
  }
  const [answer] = answers;
  console.log(`| GraphQL answers alike | ${answers.size === 1 ? 'yes' : 'NO'} | ${answer!.length} bytes |`);
  for (const [name, t] of times)
    console.log(`| network depth 2, ${name} (wall, interleaved) | ${round(median(t))} ms |`);
}

// The depth-2 network around the hub on Neo4j, a git commit's server against this tree's, in one process and
// interleaved rounds (one run of each per round after warm-ups, so a busy machine's drift falls on both alike): the
// store's lean read (networkLinks, what the benchmark's GraphQL query reads) and the benchmark's GraphQL query over
// HTTP (each request with a distinct ignored variable, so the answer cache never answers). Checks first that both
// give the same networkLinks, the same full network and byte-identical GraphQL answers.
//
//   npx tsx bench/experiments/network-ab.ts --uri bolt://127.0.0.1:PORT --base COMMIT [--hub esstan-3] [--runs 9]
//
// against a store seeded by network-profile.ts (--data-dir), started with the bench's settings (bench-neo4j.ts).
// The base's server/, cypher/ and core/ are extracted to a temporary directory that uses this tree's node_modules.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type { buildApp as BuildApp } from '../../server/app.ts';
import type { Neo4jStore as Store } from '../../server/store/neo4j/neo4j-store.ts';
import type { NetworkQuery } from '../../server/store/store.ts';
import { listenLocal } from '../../test/support/listen-local.ts';
import { benchDriver } from '../bench-neo4j.ts';
import { readScenarios } from '../reads/read-scenarios.ts';
import { median, round } from '../stats.ts';
import { enableTcpNoDelay } from '../variants/tcp-nodelay.ts';

const { values } = parseArgs({
  options: {
    uri: { type: 'string' },
    base: { type: 'string' },
    hub: { type: 'string', default: 'esstan-3' },
    runs: { type: 'string', default: '9' },
  },
});
enableTcpNoDelay();
const root = path.resolve(import.meta.dirname, '../..');
const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

/** The base commit's server, cypher and core in a temporary directory beside this tree's node_modules. */
async function extract(commit: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kg-network-ab-'));
  const tar = execFileSync('git', ['archive', commit, 'server', 'cypher', 'core', 'package.json'], { cwd: root });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

interface Side {
  store: Store;
  origin: string;
  close(): Promise<void>;
}

async function side(tree: string, uri: string): Promise<Side> {
  const { Neo4jStore } = (await import(path.join(tree, 'server/store/neo4j/neo4j-store.ts'))) as {
    Neo4jStore: typeof Store;
  };
  const { buildApp } = (await import(path.join(tree, 'server/app.ts'))) as { buildApp: typeof BuildApp };
  const driver = benchDriver(uri);
  const store = await Neo4jStore.fromDriver(driver);
  const app = await listenLocal(buildApp({ store, logger: pino({ level: 'silent' }) }));
  return {
    store,
    origin: app.origin,
    close: async () => {
      await app.close();
      await store.close();
      await driver.close();
    },
  };
}

async function main(): Promise<void> {
  if (!values.uri || !values.base)
    throw new Error('--uri bolt://… (a store seeded by network-profile.ts) --base COMMIT');
  const runs = Number(values.runs);
  const base = await extract(values.base);
  const sides = { [`base (${values.base})`]: await side(base, values.uri), 'this tree': await side(root, values.uri) };
  const q: NetworkQuery = { actorIds: [values.hub], depth: 2, window: null, match: 'OVERLAPS' };
  const day = { from: '2020-01-01', to: '2020-01-31' };
  const inputs = { hubId: values.hub, month: day, year: day, range: day, searchText: '' };
  const scenario = readScenarios(inputs).find((s) => s.name === 'network-hub-depth2')!;
  let nonce = 0;
  const graphql = async (s: Side) => {
    const body = JSON.stringify({ query: scenario.query, variables: { ...scenario.variables, nonce: nonce++ } });
    const res = await fetch(`${s.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return res.text();
  };
  try {
    const answers = new Map<string, string>();
    for (const [name, s] of Object.entries(sides)) {
      const full = JSON.stringify(await s.store.network(q));
      const links = JSON.stringify(await s.store.networkLinks(q));
      answers.set(name, `network ${hash(full)}, networkLinks ${hash(links)}, GraphQL ${hash(await graphql(s))}`);
    }
    const same = new Set(answers.values()).size === 1;
    console.log(
      `| answers alike | ${same ? 'yes' : 'NO'} | ${[...answers].map(([k, v]) => `${k}: ${v}`).join('; ')} |`,
    );
    const times = new Map<string, number[]>();
    const time = async (key: string, run: () => Promise<unknown>, keep: boolean) => {
      const t = performance.now();
      await run();
      if (keep) times.set(key, [...(times.get(key) ?? []), performance.now() - t]);
    };
    for (let i = -2; i < runs; i++)
      for (const [name, s] of Object.entries(sides)) {
        await time(`${name}, store.networkLinks`, () => s.store.networkLinks(q), i >= 0);
        await time(`${name}, GraphQL over HTTP`, () => graphql(s), i >= 0);
      }
    for (const [key, t] of times) console.log(`| ${key} | p50 ${round(median(t))} ms | ${t.length} runs |`);
  } finally {
    for (const s of Object.values(sides)) await s.close();
    await rm(base, { recursive: true, force: true });
  }
}

await main();

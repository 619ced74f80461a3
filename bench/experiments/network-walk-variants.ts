// Where the lean depth-2 network walk around the hub spends its time on Neo4j, and candidate rewrites of it: each
// variant of cypher/read/network-walk.cypher ($lean) timed in interleaved rounds (one run of each per round, after a
// warm-up of each, so a busy machine's drift falls on all alike), with its server time, wall time and db hits.
// Variants that answer rows must answer the same rows as the shipped walk.
//
//   npx tsx bench/experiments/network-walk-variants.ts --uri bolt://127.0.0.1:PORT --hub esstan-3 [--runs 7]
//
// against a store seeded by network-profile.ts (--data-dir), started with the bench's settings (bench-neo4j.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { benchDriver } from '../bench-neo4j.ts';
import { median, round } from '../stats.ts';
import { enableTcpNoDelay } from '../variants/tcp-nodelay.ts';

const { values } = parseArgs({
  options: {
    uri: { type: 'string' },
    hub: { type: 'string', default: 'esstan-3' },
    runs: { type: 'string', default: '7' },
    only: { type: 'string' },
  },
});
enableTcpNoDelay();
const runs = Number(values.runs);
const shipped = readFileSync(new URL('../../cypher/read/network-walk.cypher', import.meta.url), 'utf8');
function cut(text: string, from: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`network-walk.cypher no longer has ${from}`);
  return text.slice(0, at);
}

/** The walk as it was before it answered batched, unsorted rows: a sorted row per actor or edge. */
const BEFORE = '4bc398e';
const before = execFileSync('git', ['show', `${BEFORE}:cypher/read/network-walk.cypher`], { encoding: 'utf8' });
const walked = cut(shipped, 'UNWIND [[0, n], [1, w]]');
const batchesOf = (n: number) => shipped.replaceAll('200', String(n));

/** The candidates, as cypher text from the shipped walk; `rows: false` ones answer a count (what part costs what). */
export const VARIANTS: Record<string, { cypher: string; rows: boolean }> = {
  [`before (${BEFORE}): a row per item, sorted`]: { cypher: before, rows: true },
  'shipped: rows of 200 items, unsorted': { cypher: shipped, rows: true },
  'rows of 50 items': { cypher: batchesOf(50), rows: true },
  'rows of 1,000 items': { cypher: batchesOf(1000), rows: true },
  'walk only, no output': { cypher: `${walked} RETURN size(n) AS p, size(w) AS v`, rows: false },
  'walk + properties, no rows sent': {
    cypher: `${shipped.replace('RETURN p, CASE p', 'WITH p, CASE p')} RETURN count(*) AS p, sum(size(v)) AS v`,
    rows: false,
  },
};

interface Sample {
  server: number[];
  wall: number[];
  rows: number;
  answer: string;
}

async function once(driver: Driver, cypher: string, params: Record<string, unknown>, into: Sample) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: -1 });
  try {
    const t = performance.now();
    const r = await session.executeRead((tx) => tx.run(cypher, params));
    into.wall.push(performance.now() - t);
    into.server.push(Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter));
    into.rows = r.records.length;
    return r.records;
  } finally {
    await session.close();
  }
}

async function dbHits(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<number> {
  const p = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: neo4j.routing.READ });
  const sum = (op: { dbHits: number; children: unknown[] }): number =>
    Number(op.dbHits) + op.children.reduce<number>((s, c) => s + sum(c as typeof op), 0);
  return sum(p.summary.profile as unknown as { dbHits: number; children: unknown[] });
}

/** One line per actor or edge (without the sortKey the shipped walk adds), sorted: compares order- and batch-free. */
function canonical(records: Array<{ get(k: string): unknown }>): string {
  const json = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (neo4j.isInt(v) ? String(v) : v));
  const lines = records.flatMap((r) => {
    const p = Number(r.get('p'));
    const v = r.get('v') as unknown[];
    if (!Array.isArray(v[0])) return [json([p, v])];
    return (v as unknown[][]).map((item) => json([p, p === 1 ? item.slice(0, 9) : item]));
  });
  return lines.sort().join('\n');
}

async function main(): Promise<void> {
  if (!values.uri) throw new Error('--uri bolt://… of a store seeded by network-profile.ts');
  const driver = benchDriver(values.uri);
  const params = { ids: [values.hub], depth: neo4j.int(2), lean: true };
  const chosen = Object.entries(VARIANTS).filter(
    ([k]) => !values.only || k.startsWith('shipped') || k.includes(values.only),
  );
  const samples = new Map(chosen.map(([k]) => [k, { server: [], wall: [], rows: 0, answer: '' } as Sample]));
  try {
    for (const [name, v] of chosen) {
      const records = await once(driver, v.cypher, params, { server: [], wall: [], rows: 0, answer: '' });
      if (v.rows) samples.get(name)!.answer = canonical(records);
    }
    for (let i = 0; i < runs; i++)
      for (const [name, v] of chosen) await once(driver, v.cypher, params, samples.get(name)!);
    const reference = samples.get('shipped: rows of 200 items, unsorted')!.answer;
    console.log(
      `| variant (depth 2 around ${values.hub}, lean) | server p50 | wall p50 | db hits | rows | same answer |`,
    );
    console.log('|---|---|---|---|---|---|');
    for (const [name, v] of chosen) {
      const s = samples.get(name)!;
      const same = v.rows ? (s.answer === reference ? 'yes' : 'NO') : '–';
      const hits = await dbHits(driver, v.cypher, params);
      console.log(
        `| ${name} | ${round(median(s.server))} ms | ${round(median(s.wall))} ms | ${hits} | ${s.rows} | ${same} |`,
      );
    }
  } finally {
    await driver.close();
  }
}

await main();

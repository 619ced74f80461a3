// Where the lean depth-2 network walk around the hub spends its time on Neo4j, and candidate rewrites of it: each
// variant of cypher/read/network-walk.cypher ($lean) timed in interleaved rounds (one run of each per round, after a
// warm-up of each, so a busy machine's drift falls on all alike), with its server time, wall time and db hits.
// Variants that answer rows must answer the same rows as the shipped walk.
//
//   npx tsx bench/experiments/network-walk-variants.ts --uri bolt://127.0.0.1:PORT --hub esstan-3 [--runs 7]
//
// against a store seeded by network-profile.ts (--data-dir), started with the bench's settings (bench-neo4j.ts).
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
const cut = (text: string, from: string) => text.slice(0, text.indexOf(from));

/** The candidates, as cypher text from the shipped walk; `rows: false` ones answer a count (what part costs what). */
export const VARIANTS: Record<string, { cypher: string; rows: boolean }> = {
  shipped: { cypher: shipped, rows: true },
  'walk only, no output': {
    cypher: `${cut(shipped, 'CALL (n, w)')} RETURN size(n) AS p, size(w) AS v`,
    rows: false,
  },
  'walk + properties, no rows sent': {
    cypher: `${cut(shipped, 'RETURN p, v ORDER BY')} RETURN count(*) AS p, sum(size(v)) AS v`,
    rows: false,
  },
  'unsorted rows': { cypher: shipped.replace('ORDER BY p, k, v[0]', ''), rows: true },
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

/** Rows as sorted JSON lines, so unsorted variants compare with the shipped order-free. */
const canonical = (records: Array<{ get(k: string): unknown }>) =>
  records
    .map((r) => JSON.stringify([r.get('p'), r.get('v')], (_k, v: unknown) => (neo4j.isInt(v) ? String(v) : v)))
    .sort()
    .join('\n');

async function main(): Promise<void> {
  if (!values.uri) throw new Error('--uri bolt://… of a store seeded by network-profile.ts');
  const driver = benchDriver(values.uri);
  const params = { ids: [values.hub], depth: neo4j.int(2), lean: true };
  const chosen = Object.entries(VARIANTS).filter(([k]) => !values.only || k === 'shipped' || k.includes(values.only));
  const samples = new Map(chosen.map(([k]) => [k, { server: [], wall: [], rows: 0, answer: '' } as Sample]));
  try {
    for (const [name, v] of chosen) {
      const records = await once(driver, v.cypher, params, { server: [], wall: [], rows: 0, answer: '' });
      if (v.rows) samples.get(name)!.answer = canonical(records);
    }
    for (let i = 0; i < runs; i++)
      for (const [name, v] of chosen) await once(driver, v.cypher, params, samples.get(name)!);
    const reference = samples.get('shipped')!.answer;
    console.log(`| variant (depth 2 around ${values.hub}, lean) | server p50 | wall p50 | db hits | rows | same answer |`);
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

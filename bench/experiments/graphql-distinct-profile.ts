// Where a distinct GraphQL month page's time goes at 10 connections on the embedded store: the server runs in this
// process under the V8 CPU profiler while autocannon (its own process) sends distinct requests; prints the functions
// with the most self time and, beside them, the process's CPU per answered request.
//
//   NODE_ENV=production npx tsx bench/experiments/graphql-distinct-profile.ts [--events 100000] [--seconds 10]
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { embeddedScenario } from './embedded-scenario.ts';
import { buildApp } from '../../server/app.ts';
import { runHttpLoad } from '../load/http-load.ts';
import { round } from '../stats.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    top: { type: 'string', default: '30' },
    out: { type: 'string' },
    /** The answer cache's size (server default 64): 0 to see what keeping every distinct answer costs. */
    'answer-cache-mb': { type: 'string' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

const { store, scenario } = await embeddedScenario(Number(values.events), 'timeline-month');
const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
const mb = values['answer-cache-mb'];
const app = buildApp({
  store,
  logger: pino({ level: 'silent' }),
  ...(mb === undefined ? {} : { answerCacheBytes: Number(mb) * 1024 * 1024 }),
});
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
await runHttpLoad(url, body, 10, 3, undefined, true); // warm-up: JIT, compiled documents

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu = process.cpuUsage();
const run = await runHttpLoad(url, body, 10, Number(values.seconds), undefined, true);
const used = process.cpuUsage(cpu);
const { profile } = await session.post('Profiler.stop');
if (values.out) await writeFile(values.out, JSON.stringify(profile));

const nodes = profile.nodes as ProfileNode[];
const total = nodes.reduce((n, p) => n + p.hitCount, 0);
const byName = new Map<string, number>();
for (const n of nodes) {
  const file = n.callFrame.url.replace(/^.*\/(node_modules\/)?/, '');
  const key = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  byName.set(key, (byName.get(key) ?? 0) + n.hitCount);
}
console.log(
  `${values.events} events; ${run.throughput} req/s, p50 ${run.p50Ms} ms; server CPU ${round((used.user + used.system) / 1000 / Math.max(1, run.requests))} ms per request; load ${loadavg()[0]!.toFixed(1)}`,
);
for (const [key, hits] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
server.close();
process.exit(0);

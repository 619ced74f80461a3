// Where a distinct GraphQL month page's time goes at 10 connections on the embedded store: the server runs in this
// process under the V8 CPU profiler while autocannon (its own process) sends distinct requests (each its own
// answer-cache key); prints the process's CPU per answered request and the functions with the most self time.
// With several --answer-cache-mb sizes, one server per size shares the store and rounds alternate between them, so
// a busy machine's drift falls on all alike (0: no answer cache; the server's default is 64).
//
//   NODE_ENV=production npx tsx bench/experiments/graphql-distinct-profile.ts [--events 100000] [--seconds 10]
//     [--answer-cache-mb 64,0] [--rounds 1] [--top 30] [--save first-run.cpuprofile]
// Run under `node --max-semi-space-size=N` (NODE_OPTIONS) to see what V8's young generation size does.
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { embeddedScenario } from './embedded-scenario.ts';
import { buildApp } from '../../server/app.ts';
import { runHttpLoad } from '../load/http-load.ts';
import { median, round } from '../stats.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    top: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '1' },
    'answer-cache-mb': { type: 'string', default: '64' },
    /** Writes the first run's profile here (a .cpuprofile for Chrome DevTools or speedscope). */
    save: { type: 'string' },
  },
});

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

const { store, scenario } = await embeddedScenario(Number(values.events), 'timeline-month');
const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
const urls = new Map<string, string>();
for (const mb of values['answer-cache-mb'].split(',')) {
  const app = buildApp({ store, logger: pino({ level: 'silent' }), answerCacheBytes: Number(mb) * 1024 * 1024 });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  await runHttpLoad(url, body, 10, 3, undefined, true); // warm-up: JIT, compiled documents
  urls.set(`answer cache ${mb} MB`, url);
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
const rows = new Map<string, Array<{ rps: number; cpuMs: number; gc: number; load: number }>>();
const selfTime = new Map<string, number>();
let samples = 0;
for (let r = 0; r < Number(values.rounds); r++)
  for (const [name, url] of r % 2 ? [...urls].reverse() : urls) {
    await session.post('Profiler.start');
    const cpu = process.cpuUsage();
    const run = await runHttpLoad(url, body, 10, Number(values.seconds), undefined, true);
    const used = process.cpuUsage(cpu);
    const { profile } = await session.post('Profiler.stop');
    const nodes = profile.nodes as ProfileNode[];
    const total = nodes.reduce((n, p) => n + p.hitCount, 0);
    const gc = nodes
      .filter((n) => n.callFrame.functionName === '(garbage collector)')
      .reduce((n, p) => n + p.hitCount, 0);
    const row = {
      rps: run.throughput,
      cpuMs: round((used.user + used.system) / 1000 / Math.max(1, run.requests)),
      gc: round((100 * gc) / total),
      load: loadavg()[0]!,
    };
    (rows.get(name) ?? rows.set(name, []).get(name)!).push(row);
    console.log(name, JSON.stringify(row));
    if (r > 0 || name !== [...urls.keys()][0]) continue; // self time of the first server's first run only
    samples = total;
    if (values.save) await writeFile(values.save, JSON.stringify(profile));
    for (const n of nodes) {
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}`;
      selfTime.set(key, (selfTime.get(key) ?? 0) + n.hitCount);
    }
  }

console.log(`\n${values.events} events, month page, distinct requests at 10 connections (medians over rounds)`);
console.log('| server | req/s | server CPU per request | GC share of samples | load average (1 min) |');
console.log('|---|---|---|---|---|');
for (const [name, rs] of rows) {
  const med = (k: 'rps' | 'cpuMs' | 'gc') => round(median(rs.map((x) => x[k])));
  const loads = rs.map((x) => x.load.toFixed(1)).join(', ');
  console.log(`| ${name} | ${med('rps')} | ${med('cpuMs')} ms | ${med('gc')}% | ${loads} |`);
}
console.log(`\nself time, ${[...urls.keys()][0]}, first run:`);
for (const [key, hits] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`${((100 * hits) / samples).toFixed(1).padStart(5)}%  ${key}`);
process.exit(0);

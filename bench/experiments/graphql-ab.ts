// The GraphQL month page (500 items) on the embedded store, this tree's server against another checkout's (e.g. main
// before a change), back to back on one corpus and one store: rounds alternate old and new so a busy machine's
// drift falls on both. Each run: autocannon in a child process (10 connections, then 1), and the server process's
// CPU time per answered request, which other load on the machine disturbs far less than latency does (both servers
// share one heap, so one may collect garbage the other left: the alternation spreads that too). Each is run twice:
// the same page every time (what an answer cache answers from memory, graphql/answer-cache.ts) and distinct
// requests (`distinct`: a numbered undeclared variable makes each request its own key, so each is computed anew).
//
//   git archive main | tar -x -C /tmp/kg-old && ln -s "$PWD/node_modules" /tmp/kg-old/node_modules
//   NODE_ENV=production npx tsx bench/experiments/graphql-ab.ts --old-root /tmp/kg-old [--events 100000] [--rounds 3]
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { embeddedScenario } from './embedded-scenario.ts';
import { buildApp } from '../../server/app.ts';
import { runHttpLoad } from '../load/http-load.ts';
import { median, round } from '../stats.ts';

const { values } = parseArgs({
  options: {
    'old-root': { type: 'string' },
    events: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
  },
});
if (!values['old-root']) throw new Error('--old-root DIR: a checkout of the server to compare against');

const { store, scenario } = await embeddedScenario(Number(values.events), 'timeline-month');
const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });

const oldApp = (await import(path.resolve(values['old-root'], 'server/app.ts'))) as { buildApp: typeof buildApp };
const logger = pino({ level: 'silent' });
const servers = { old: oldApp.buildApp({ store, logger }), new: buildApp({ store, logger }) };
const urls: Record<string, string> = {};
for (const [name, app] of Object.entries(servers)) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const res = await fetch(urls[name], { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { errors?: unknown; data?: { timeline: { edges: unknown[] } } };
  // 500 items at 100k events; a small corpus's month holds fewer.
  if (json.errors || !json.data?.timeline.edges.length)
    throw new Error(`${name}: ${JSON.stringify(json).slice(0, 300)}`);
}

const direct: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  await scenario.direct(store);
  direct.push(performance.now() - t);
}

type Row = { rps: number; p50: number; p50one: number; cpuMs: number; load: number };
const KINDS = ['same page', 'distinct'] as const;
const rows: Record<string, Row[]> = {};
const seconds = Number(values.seconds);
for (let round = 0; round < Number(values.rounds); round++)
  for (const server of round % 2 ? ['new', 'old'] : ['old', 'new'])
    for (const kind of KINDS) {
      const distinct = kind === 'distinct';
      const name = `${server}, ${kind}`;
      const cpu = process.cpuUsage();
      const ten = await runHttpLoad(urls[server]!, body, 10, seconds, undefined, distinct);
      const used = process.cpuUsage(cpu);
      const one = await runHttpLoad(urls[server]!, body, 1, Math.ceil(seconds / 2), undefined, distinct);
      (rows[name] ??= []).push({
        rps: ten.throughput,
        p50: ten.p50Ms,
        p50one: one.p50Ms,
        cpuMs: (used.user + used.system) / 1000 / Math.max(1, ten.requests + ten.failures),
        load: loadavg()[0]!,
      });
      if (ten.failures || one.failures) throw new Error(`${name}: ${ten.failures + one.failures} failed requests`);
      console.log(name, JSON.stringify(rows[name]!.at(-1)));
    }

const med = (name: string, k: keyof Row) => round(median(rows[name]!.map((r) => r[k])));
console.log(`\n${values.events} events; month page (first 500); direct store read p50 ${round(median(direct))} ms`);
console.log('| server | 10 conn req/s | 10 conn p50 | 1 conn p50 | server CPU per request | load average (1 min) |');
console.log('|---|---|---|---|---|---|');
for (const name of Object.keys(rows).sort())
  console.log(
    `| ${name} | ${med(name, 'rps')} | ${med(name, 'p50')} ms | ${med(name, 'p50one')} ms | ${med(name, 'cpuMs')} ms | ${rows[name]!.map((r) => r.load.toFixed(1)).join(', ')} |`,
  );
process.exit(0);

// Where GraphQL's time goes on a 500-item timeline page (the benchmark's month/year page) on the embedded store:
// the store calls alone, then each stage of the request on its own (parse, validate, graphql-js execute without and
// with the response budget's charges, graphql-jit execute with them as the server runs it, JSON), then the whole
// request over HTTP, repeated (the answer cache's hit) and distinct (computed anew). All in
// interleaved rounds (one run of each per round) so a busy machine's drift falls on all alike.
//
//   npx tsx bench/experiments/graphql-overhead.ts --events 20000 [--runs 30]
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { execute, parse, validate, specifiedRules } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { pino } from 'pino';
import { embeddedScenario } from './embedded-scenario.ts';
import { buildApp } from '../../server/app.ts';
import { createContext } from '../../server/graphql/context.ts';
import { buildSchema } from '../../server/graphql/executable-schema.ts';
import { BUDGET, chargeResolvers, ResponseBudget } from '../../server/graphql/response-budget.ts';
import { median, round } from '../stats.ts';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '20000' }, runs: { type: 'string', default: '30' } },
});

async function main(): Promise<void> {
  const { store, scenario } = await embeddedScenario(Number(values.events), 'timeline-year');

  const plain = buildSchema();
  const charged = chargeResolvers(buildSchema());
  const document = parse(scenario.query);
  const compiled = compileQuery(charged, document);
  if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
  const budgeted = () => ({ ...createContext(store), [BUDGET]: new ResponseBudget(8e6, Date.now() + 10_000, 10_000) });
  const app = buildApp({ store, logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const variableValues = scenario.variables;

  let result: unknown;
  // A variable the document does not declare: ignored by execution, but it makes each request its own cache key.
  let distinct = 0;
  const request = async (payload: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
    const json = (await res.json()) as { errors?: unknown; data?: { timeline: { edges: unknown[] } } };
    if (json.errors || json.data?.timeline.edges.length !== 500) throw new Error(JSON.stringify(json).slice(0, 300));
  };
  const stages: Record<string, () => Promise<unknown> | unknown> = {
    'store calls alone': () => scenario.direct(store),
    parse: () => parse(scenario.query),
    validate: () => validate(plain, document, specifiedRules),
    'execute, plain resolvers': async () =>
      (result = await execute({ schema: plain, document, variableValues, contextValue: createContext(store) })),
    'execute, budget-charged resolvers': () =>
      execute({ schema: charged, document, variableValues, contextValue: budgeted() }),
    'execute, graphql-jit, budget-charged resolvers (as served)': () =>
      compiled.query(undefined, budgeted(), variableValues),
    'JSON.stringify of the result': () => JSON.stringify(result),
    'whole request over HTTP (yoga, all plugins), the same request: answered from the answer cache': () =>
      request(body),
    'whole request over HTTP, each request distinct: computed anew': () =>
      request(JSON.stringify({ query: scenario.query, variables: { ...variableValues, distinctRequest: ++distinct } })),
  };
  const times = new Map(Object.keys(stages).map((k) => [k, [] as number[]]));
  try {
    for (let i = 0; i <= Number(values.runs); i++)
      for (const [name, run] of Object.entries(stages)) {
        const t = performance.now();
        await run();
        if (i > 0) times.get(name)!.push(performance.now() - t);
      }
  } finally {
    server.close();
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${scenario.label}, first 500`,
  );
  console.log('| stage | p50 |');
  console.log('|---|---|');
  for (const [name, t] of times) console.log(`| ${name} | ${round(median(t))} ms |`);
}

await main();

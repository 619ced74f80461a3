// The markdown table of a run (bench-results/*.md, and the README section).
import type { BenchReport, SizeReport } from './bench-report.ts';
import type { ScenarioFigures } from './reads/measure-reads.ts';

const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );

function shape(f: ScenarioFigures): string {
  return Object.entries(f.shape)
    .map(([key, v]) => (key === 'responseBytes' ? `${Math.round(v / 1024)} KB` : `${v} ${key}`))
    .join(', ');
}

function readRows(store: string, figures: readonly ScenarioFigures[]): string[][] {
  return figures.map((f) => [
    store,
    f.label,
    shape(f),
    `${f.graphql.loaded.p50Ms} / ${f.graphql.loaded.p99Ms}`,
    String(f.graphql.loaded.throughput),
    `${f.graphql.single.p50Ms}`,
    `${f.direct.loaded.p50Ms} / ${f.direct.loaded.p99Ms}`,
    String(f.direct.loaded.throughput),
    `${f.direct.single.p50Ms}`,
    f.cypher ? `${f.cypher.single.p50Ms}` : '–',
    `${f.overhead.singleP50}× (+${f.overhead.addedMs} ms)`,
  ]);
}

function sizeSection(x: SizeReport): string {
  const out: string[] = [];
  const c = x.corpus;
  out.push(
    `### ${k(x.events)} events\n\nCorpus: ${c.articles} articles, ${c.events} events, ${c.statements} statements (${c.nestedQuotes} nested quotes), ${c.actors} actors, ${c.relationships} relationships, ${Math.round(c.textChars / 1e6)} M characters of text; dates ${c.datePrecision.day} day / ${c.datePrecision.month} month / ${c.datePrecision.open} open precision. Generated in ${sec(c.generateMs)}.`,
  );
  const load: string[][] = [];
  if (x.load) {
    load.push([
      'embedded: read + validate documents',
      sec(x.load.medianReadValidateMs),
      x.load.readValidateMs.map(sec).join(', '),
    ]);
    load.push(['embedded: build MemoryStore', sec(x.load.medianBuildMs), x.load.buildMs.map(sec).join(', ')]);
    load.push([
      '**embedded: start-up total**',
      `**${sec(x.load.medianTotalMs)}**`,
      `heap ${x.load.heapUsedMb} MB at the end of the build, ${x.load.storeHeapMb} MB kept by the store`,
    ]);
  }
  if (x.seed) {
    load.push(['Neo4j seed: validate', sec(x.seed.medianValidateMs), x.seed.validateMs.map(sec).join(', ')]);
    load.push([
      'Neo4j seed: write (schema + all articles)',
      sec(x.seed.medianWriteMs),
      x.seed.writeMs.map(sec).join(', '),
    ]);
    load.push([
      '**Neo4j seed total**',
      `**${sec(x.seed.medianTotalMs)}**`,
      `${x.seed.eventsPerSecond} events/s` +
        (x.seed.storeMb === undefined ? '' : `; store ${x.seed.storeMb} MB, page cache ${x.seed.pagecacheMb} MB`),
    ]);
  }
  if (load.length > 0) out.push(table(['step', 'median', 'runs'], load));
  if (x.reads) {
    const o = x.reads.options;
    out.push(
      `Reads: GraphQL over HTTP (autocannon, ${o.connections} connections, ${o.durationS} s; 1 connection, ${o.singleDurationS} s) beside the same read on the store port (same load, in process)${x.reads.neo4j ? " and the adapter's Cypher replayed through the driver" : ''}; medians of ${o.runs} run(s). Latencies in ms (p50 / p99); throughput in requests/s. Overhead = GraphQL p50 / direct p50 at 1 connection, and (in brackets) the milliseconds GraphQL adds.`,
    );
    out.push(
      table(
        [
          'store',
          'read',
          'answer',
          `GraphQL p50 / p99 (${o.connections} conn)`,
          'GraphQL req/s',
          'GraphQL p50 (1 conn)',
          `direct p50 / p99 (${o.connections})`,
          'direct req/s',
          'direct p50 (1)',
          'Cypher p50 (1)',
          'overhead',
        ],
        [...readRows('embedded', x.reads.memory ?? []), ...readRows('Neo4j', x.reads.neo4j ?? [])],
      ),
    );
    const cond = x.reads.conditional;
    const condRows = (['memory', 'neo4j'] as const).flatMap((st) => {
      const c = cond?.[st];
      return c
        ? [
            [
              st === 'memory' ? 'embedded' : 'Neo4j',
              c.path,
              `${c.connections}`,
              `${c.throughput}`,
              `${c.p50Ms} / ${c.p99Ms}`,
              `${c.failures}`,
            ],
          ]
        : [];
    });
    if (condRows.length > 0)
      out.push(
        table(
          ['store', 'conditional GET (If-None-Match)', 'connections', '304 req/s', 'p50 / p99', 'not 304'],
          condRows,
        ),
      );
  }
  if (x.client) {
    const cl = x.client;
    out.push(
      table(
        [
          'client (chromium)',
          'first render',
          'visible window complete (requests, bytes)',
          'zoom frame work p50 / p95',
          'zoom frame intervals p50 / p95 (at rest p95)',
          'longest task',
        ],
        cl.timeline.map((t) => [
          `timeline, ${k(t.itemsInRange)} items in range`,
          `${t.firstRenderMs} ms`,
          ((t.completeRenderMs ?? null) === null ? '–' : `${t.completeRenderMs} ms`) +
            (t.timelineBytes === undefined ? '' : ` (${t.timelineRequests}, ${Math.round(t.timelineBytes / 1000)} kB)`),
          t.zoomWorkP95Ms === undefined
            ? '–'
            : `${t.zoomWorkP50Ms} / ${t.zoomWorkP95Ms} ms (${t.zoomInputFrames} frames)`,
          `${t.zoomFrameP50Ms} / ${t.zoomFrameP95Ms} ms (${t.zoomFrames} frames)` +
            (t.idleFrameP95Ms === undefined ? '' : ` (${t.idleFrameP95Ms} ms)`),
          `${t.longestTaskMs} ms`,
        ]),
      ),
    );
    // A run on a store it did not build (Neo4j past the embedded limit) has no network sizes: no empty table.
    if (cl.network.length > 0)
      out.push(
        table(
          ['network layout', 'settles', 'longest main-thread task'],
          cl.network.map((n) => [
            `${n.actors} actors, ${n.edges} edges`,
            `${n.settleMs} ms`,
            `${n.longestTaskMs} ms` +
              (n.worstLongestTaskMs === undefined ? '' : ` (worst load ${n.worstLongestTaskMs} ms)`),
          ]),
        ),
      );
    const loads = cl.timeline[0]?.runs ?? cl.network[0]?.runs;
    if (loads !== undefined) out.push(`Client figures: each the median over ${loads} page load(s).`);
    out.push(`Bundle: ${cl.bundle.gzipKb} KB gzip (${cl.bundle.rawKb} KB raw) in ${cl.bundle.files.length} file(s).`);
    if (cl.notes.length > 0) out.push(cl.notes.map((n) => `- ${n}`).join('\n'));
  }
  if (x.notes.length > 0) out.push(x.notes.map((n) => `- ${n}`).join('\n'));
  return out.join('\n\n');
}

export function renderMarkdown(r: BenchReport): string {
  const m = r.machine;
  const head = [
    `## Benchmarks`,
    `Run ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC with \`${r.command}\`${r.variants.length > 0 ? ` (bench-only variants: ${r.variants.join(', ')})` : ''}.`,
    `Machine: ${m.cores} × ${m.cpuModel}, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}` +
      (r.neo4j
        ? `; Neo4j ${r.neo4j.version} (harness, heap ${r.neo4j.heap}, page cache ${r.neo4j.pagecacheMb} MB, ${r.neo4j.jit === 'full' ? 'full JIT' : 'C1-only JIT'}${r.neo4j.jvm === 'server' ? ', G1 GC with the whole heap from the start as a Neo4j server runs' : ", the tests' serial GC"}) on the same machine`
        : '') +
      `. Load average (1 min) during the run: mean ${m.load.mean}, max ${m.load.max} (other work on the machine skews figures).`,
  ];
  const targets = table(
    ['target', 'limit', 'measured', 'met', 'note'],
    r.targets.map((t) => [t.target, t.limit, t.measured, t.met === null ? '–' : t.met ? 'yes' : '**no**', t.note]),
  );
  return [...head, '### Targets', targets, ...r.sizes.map(sizeSection)].join('\n\n') + '\n';
}

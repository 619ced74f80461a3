// Where the client's time to its overview goes (issue 16, "overview drawn after load"): the production bundle served
// by the real app on the embedded store with a corpus of N timeline items, opened K times in chromium. Per load:
// navigation timing, every request's start / first byte / end (resource timing), and the client's marks. With
// --trace, a chromium trace of one more load is written (open it in chrome://tracing or Perfetto).
//
//   npx tsx bench/experiments/overview-profile.ts --items 100000 [--runs 5] [--client-dir DIR] [--trace FILE]
//
// Without --client-dir the client is built into a temp dir first. Prints a markdown summary to stdout.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { launchBrowser } from '../../test/support/browser.ts';
import { startApp } from '../../test/support/start-app.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { median, round } from '../stats.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    'client-dir': { type: 'string' },
    trace: { type: 'string' },
    /** A CPU profile (.cpuprofile, for DevTools) of one more load, up to the overview. */
    profile: { type: 'string' },
  },
});
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ITEMS_PER_EVENT = 1.5;

interface Load {
  marks: Record<string, number>;
  nav: Record<string, number>;
  requests: Array<{ name: string; start: number; firstByte: number; end: number; bytes: number }>;
}

/** Runs in the page once the timeline is complete: everything it timed since navigation started. */
function collect(): Load {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const paints = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
  return {
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('kg:'))
        .map((m) => [m.name, m.startTime]),
    ),
    nav: {
      responseEnd: nav.responseEnd,
      domInteractive: nav.domInteractive,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      ...paints,
    },
    requests: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => {
      const url = new URL(r.name);
      const query = url.searchParams.get('query');
      const op = query ? (/^\s*query\s+(\w+)/.exec(query)?.[1] ?? 'graphql') : url.pathname;
      return { name: op, start: r.startTime, firstByte: r.responseStart, end: r.responseEnd, bytes: r.encodedBodySize };
    }),
  };
}

async function openOnce(browser: Browser, url: string, trace?: string, profile?: string): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  try {
    if (trace) await browser.startTracing(page, { screenshots: false });
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${url}/`);
    await page.waitForFunction(() => performance.getEntriesByName('kg:timeline-complete').length > 0, undefined, {
      timeout: 120_000,
      polling: 50,
    });
    if (trace) await writeFile(trace, await browser.stopTracing());
    if (cdp) await writeFile(profile!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const load = await page.evaluate(collect);
    // The next load must not find the server still answering this one's network query.
    await page.waitForFunction(() => document.body.dataset['ready'] === 'true', undefined, { timeout: 120_000 });
    return load;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const items = Number(values.items);
  const runs = Number(values.runs);
  const built = values['client-dir'] ? null : await mkdtemp(path.join(tmpdir(), 'kg-overview-dist-'));
  const clientDir = values['client-dir'] ?? built!;
  if (built) {
    const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    await promisify(execFile)(
      process.execPath,
      [vite, 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: ROOT,
      },
    );
  }
  const corpus = await mkdtemp(path.join(tmpdir(), 'kg-overview-corpus-'));
  let store: MemoryStore;
  try {
    await writeCorpus(corpus, { events: Math.round(items / ITEMS_PER_EVENT) });
    store = new MemoryStore(await loadArticles([corpus]));
  } finally {
    await rm(corpus, { recursive: true, force: true });
  }
  const app = await startApp({ store, clientDir });
  const browser = await launchBrowser();
  try {
    await openOnce(browser, app.url); // warm the server's caches and chromium's, as the bench's first load does not
    const loads: Load[] = [];
    for (let i = 0; i < runs; i++) loads.push(await openOnce(browser, app.url));
    const med = (f: (l: Load) => number | undefined) => round(median(loads.map(f).filter((x) => x !== undefined)));
    console.log(`## ${items} items, ${runs} loads (medians, ms from navigation start)\n`);
    const rows = [
      ['html responseEnd', med((l) => l.nav['responseEnd'])],
      ['domInteractive', med((l) => l.nav['domInteractive'])],
      ['domContentLoaded', med((l) => l.nav['domContentLoaded'])],
      ['first-paint', med((l) => l.nav['first-paint'])],
      ['kg:timeline-rendered', med((l) => l.marks['kg:timeline-rendered'])],
      ['kg:timeline-complete', med((l) => l.marks['kg:timeline-complete'])],
    ];
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    console.log('\n| request (in order) | start | first byte | end | bytes |\n|---|---|---|---|---|');
    const n = Math.min(...loads.map((l) => l.requests.length));
    for (let i = 0; i < n; i++) {
      const r = (l: Load) => l.requests[i]!;
      console.log(
        `| ${loads[0]!.requests[i]!.name} | ${med((l) => r(l).start)} | ${med((l) => r(l).firstByte)} | ${med((l) => r(l).end)} | ${med((l) => r(l).bytes)} |`,
      );
    }
    if (values.trace) await openOnce(browser, app.url, values.trace);
    if (values.profile) await openOnce(browser, app.url, undefined, values.profile);
  } finally {
    await browser.close();
    await app.close();
    if (built) await rm(built, { recursive: true, force: true });
  }
}

await main();

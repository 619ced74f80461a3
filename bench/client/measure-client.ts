// The client phase: builds the production bundle (into a temp dir, leaving dist/ alone), measures its size, then
// serves it from the real app on the embedded store and drives it in Debian's chromium: first render and zoom
// frame times with 1k, 10k and 100k timeline items, network layout with 500 and 2,000 actors.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../test/support/browser.ts';
import { recordGraphQL } from '../../test/support/graphql-traffic.ts';
import { loadArticles } from '../../server/article/load-articles.ts';
import { startApp } from '../../test/support/start-app.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { medianRecord, percentile, round } from '../stats.ts';
import { bundleSize } from './bundle-size.ts';
import type { ClientResult, NetworkFigures, TimelineFigures } from './client-result.ts';
import { FRAME_TRACE_CATEGORIES, frameWork } from './animation-frames.ts';
import {
  idleFrameIntervals,
  installProbes,
  readMarks,
  startFrameRecording,
  stopFrameRecording,
} from './page-probes.ts';
import { fullTimeline } from '../../test/support/full-timeline.ts';

export interface ClientOptions {
  /** Only the smallest timeline, no network runs. */
  smoke: boolean;
  /** Page loads per size; each figure is their median. */
  runs: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
/** Timeline items are events plus statements, and the corpus has half a statement per event. */
const ITEMS_PER_EVENT = 1.5;
const ACTORS_PER_EVENT = 0.1;
const READY_TIMEOUT_MS = 15 * 60_000;
const ZOOM_STEPS = 30;

/**
 * A subset for quick before/after checks: KG_BENCH_CLIENT_ITEMS="1000,10000" (timeline sizes) and
 * KG_BENCH_CLIENT_ACTORS="" (network sizes; empty skips them). Unset, the full plan runs.
 */
function sizesFromEnv(name: string, full: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined) return full;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: not a positive integer: ${s}`);
      return n;
    });
}

async function buildClient(outDir: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, maxBuffer: 16 * 2 ** 20 },
  );
}

async function withApp<T>(store: GraphStore, clientDir: string, work: (url: string) => Promise<T>): Promise<T> {
  const app = await startApp({ store, clientDir });
  try {
    return await work(app.url);
  } finally {
    await app.close();
  }
}

async function corpusStore(events: number): Promise<MemoryStore> {
  const dir = await mkdtemp(path.join(tmpdir(), `kg-bench-client-${events}-`));
  try {
    await writeCorpus(dir, { events });
    return new MemoryStore(await loadArticles([dir]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface PageTimes {
  timelineMs: number;
  completeMs: number | null;
  /** When the network layout starts and when its result is drawn: the client's marks, else first render and ready. */
  layoutStartMs: number;
  /** When the network's answer came in (its parse and taking it in precede the layout): else the layout start. */
  answerMs: number;
  readyMs: number;
  longTasks: Array<{ start: number; duration: number }>;
}

/** Opens the client and waits until it has drawn the timeline and laid out the network. */
async function openClient(
  browser: Browser,
  url: string,
): Promise<{ page: Page; times: PageTimes; traffic: ReturnType<typeof recordGraphQL> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const traffic = recordGraphQL(page);
  // tsx (esbuild keepNames) wraps named inner functions in __name(), which a serialised function then needs.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(installProbes);
  await page.goto(`${url}/`);
  await page.waitForFunction(
    () => window.__kgBench?.readyMs !== null && (window.__kgBench?.timelineMs ?? -1) > 0,
    undefined,
    { timeout: READY_TIMEOUT_MS, polling: 100 },
  );
  const probe = await page.evaluate(() => window.__kgBench!);
  const marks = await page.evaluate(readMarks);
  return {
    page,
    traffic,
    times: {
      timelineMs: marks['kg:timeline-rendered'] ?? probe.timelineMs!,
      completeMs: marks['kg:timeline-complete'] ?? null,
      layoutStartMs: marks['kg:network-layout-start'] ?? marks['kg:timeline-rendered'] ?? probe.timelineMs!,
      answerMs: marks['kg:network-answer'] ?? marks['kg:network-layout-start'] ?? probe.timelineMs!,
      readyMs: marks['kg:network-layout-end'] ?? probe.readyMs!,
      longTasks: probe.longTasks,
    },
  };
}

interface ZoomFrames {
  intervals: number[];
  workFrames: number[];
  idleIntervals: number[];
  longestTaskMs: number;
}

async function zoomFrames(browser: Browser, page: Page): Promise<ZoomFrames> {
  // "While zooming with 100k items loaded": wait until the last page is drawn, or frames would time the loading.
  await page.waitForFunction(() => performance.getEntriesByName('kg:timeline-complete').length > 0, undefined, {
    timeout: READY_TIMEOUT_MS,
    polling: 100,
  });
  const box = await page.locator('#timeline-chart svg').first().boundingBox();
  if (!box) throw new Error('the timeline chart has no box to zoom in');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const idleIntervals = await page.evaluate(idleFrameIntervals, 60);
  const before = await page.evaluate(() => window.__kgBench!.longTasks.length);
  const wheelInAndOut = async () => {
    for (let i = 0; i < ZOOM_STEPS * 2; i++) await page.mouse.wheel(0, i < ZOOM_STEPS ? -120 : 120);
    await page.waitForTimeout(300);
  };
  // Two passes over the same gesture: the rAF loop that records intervals would itself count as page work.
  await page.evaluate(startFrameRecording);
  await wheelInAndOut();
  const intervals = await page.evaluate(stopFrameRecording);
  await browser.startTracing(page, { categories: FRAME_TRACE_CATEGORIES });
  await wheelInAndOut();
  const trace = await browser.stopTracing();
  const workFrames = frameWork(trace.toString('utf8'))
    .filter((f) => f.didWork)
    .map((f) => f.busyMs);
  const tasks = await page.evaluate((from) => window.__kgBench!.longTasks.slice(from), before);
  return { intervals, workFrames, idleIntervals, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)) };
}

async function timelineFigures(
  browser: Browser,
  clientDir: string,
  items: number,
  runs: number,
  log: (s: string) => void,
): Promise<TimelineFigures> {
  const store = await corpusStore(Math.round(items / ITEMS_PER_EVENT));
  const total = (await store.timeline(fullTimeline({ first: 0 }))).totalCount;
  const { median } = await withApp(store, clientDir, (url) =>
    medianOfRuns(runs, () => timelineRun(browser, url, items, total, log)),
  );
  return median;
}

/** Each figure the median over `runs` fresh page loads, and every load's figures. */
async function medianOfRuns<T extends object>(
  runs: number,
  run: () => Promise<T>,
): Promise<{ median: T & { runs: number }; all: T[] }> {
  const all: T[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) all.push(await run());
  return { median: { ...medianRecord(all), runs: all.length }, all };
}

async function timelineRun(
  browser: Browser,
  url: string,
  items: number,
  total: number,
  log: (s: string) => void,
): Promise<TimelineFigures> {
  const { page, times, traffic } = await openClient(browser, url);
  try {
    await page.waitForFunction(() => performance.getEntriesByName('kg:timeline-complete').length > 0, undefined, {
      timeout: READY_TIMEOUT_MS,
      polling: 100,
    });
    const fetched = [...traffic.of('Density'), ...traffic.of('Timeline')];
    const zoom = await zoomFrames(browser, page);
    const figures: TimelineFigures = {
      itemsInRange: items,
      actualItems: total,
      firstRenderMs: round(times.timelineMs),
      completeRenderMs: times.completeMs === null ? null : round(times.completeMs),
      timelineRequests: fetched.length,
      timelineBytes: fetched.reduce((sum, c) => sum + c.bytes, 0),
      zoomFrames: zoom.intervals.length,
      zoomFrameP50Ms: round(percentile(zoom.intervals, 50)),
      zoomFrameP95Ms: round(percentile(zoom.intervals, 95)),
      idleFrameP95Ms: round(percentile(zoom.idleIntervals, 95)),
      zoomInputFrames: zoom.workFrames.length,
      zoomWorkP50Ms: round(percentile(zoom.workFrames, 50)),
      zoomWorkP95Ms: round(percentile(zoom.workFrames, 95)),
      longestTaskMs: round(zoom.longestTaskMs),
    };
    log(
      `  client timeline, ${total} items: first render ${figures.firstRenderMs} ms (window complete ${figures.completeRenderMs ?? '?'} ms, ${figures.timelineRequests} requests, ${figures.timelineBytes} bytes), zoom frame work p50 ${figures.zoomWorkP50Ms} / p95 ${figures.zoomWorkP95Ms} ms, frame intervals p50 ${figures.zoomFrameP50Ms} / p95 ${figures.zoomFrameP95Ms} ms (at rest p95 ${figures.idleFrameP95Ms} ms)`,
    );
    return figures;
  } finally {
    await page.close();
  }
}

async function networkFigures(
  browser: Browser,
  clientDir: string,
  actors: number,
  runs: number,
  log: (s: string) => void,
): Promise<NetworkFigures> {
  const store = await corpusStore(Math.round(actors / ACTORS_PER_EVENT));
  const network = await store.network({ actorIds: [], depth: 0, window: null, match: 'OVERLAPS' });
  const { median, all } = await withApp(store, clientDir, (url) =>
    medianOfRuns(runs, () => networkRun(browser, url, network, log)),
  );
  return { ...median, worstLongestTaskMs: Math.max(...all.map((r) => r.longestTaskMs)) };
}

async function networkRun(
  browser: Browser,
  url: string,
  network: { nodes: readonly unknown[]; edges: readonly unknown[] },
  log: (s: string) => void,
): Promise<NetworkFigures> {
  const { page, times } = await openClient(browser, url);
  try {
    // Without the client's marks: the layout starts once the first render is done, ready is set once it is drawn.
    // Long tasks count from the network's answer: its parse and the page's first drawing with it come first.
    const during = times.longTasks.filter((t) => t.start + t.duration > times.answerMs && t.start < times.readyMs);
    const figures: NetworkFigures = {
      actors: network.nodes.length,
      edges: network.edges.length,
      settleMs: round(times.readyMs - times.layoutStartMs),
      longestTaskMs: round(Math.max(0, ...during.map((t) => t.duration))),
    };
    log(
      `  client network, ${figures.actors} actors: settles in ${figures.settleMs} ms, longest task ${figures.longestTaskMs} ms`,
    );
    return figures;
  } finally {
    await page.close();
  }
}

export async function measureClient(options: ClientOptions, log: (s: string) => void): Promise<ClientResult> {
  const clientDir = await mkdtemp(path.join(tmpdir(), 'kg-bench-dist-'));
  const notes: string[] = [];
  let browser: Browser | null = null;
  try {
    await buildClient(clientDir);
    const bundle = await bundleSize(clientDir);
    log(`  client bundle: ${bundle.gzipKb} KB gzip`);
    // No frame-rate flags: headless chromium keeps its 60 Hz frames with them too, only less regular (see page-probes).
    browser = await launchBrowser();
    const timeline: TimelineFigures[] = [];
    for (const items of options.smoke ? [1_000] : sizesFromEnv('KG_BENCH_CLIENT_ITEMS', [1_000, 10_000, 100_000]))
      timeline.push(await timelineFigures(browser, clientDir, items, options.runs, log));
    const network: NetworkFigures[] = [];
    for (const actors of options.smoke ? [] : sizesFromEnv('KG_BENCH_CLIENT_ACTORS', [500, 2_000]))
      network.push(await networkFigures(browser, clientDir, actors, options.runs, log));
    notes.push(
      'Zoom: 60 scripted wheel steps over the timeline. Frame work = main-thread time inside each animation frame that handled a wheel event or ran a requestAnimationFrame callback, read from a chromium trace (AnimationFrame spans, RunTask time within them); frame intervals = requestAnimationFrame intervals, which headless chromium keeps at 60 Hz or slower (the page at rest shows the floor).',
    );
    return { bundle, timeline, network, notes };
  } finally {
    await browser?.close();
    await rm(clientDir, { recursive: true, force: true });
  }
}

// Which functions make the network panel's long tasks: builds the client unminified, serves a corpus of
// `--actors` actors (10 events per actor, as the bench's client phase), opens it in chromium with V8's sampling
// profiler on, and prints, for every main-thread task over 50 ms between kg:network-layout-start and
// kg:network-layout-end, the functions with the most self time and the bundle's outermost frames (call roots).
// `npx tsx bench/experiments/network-longtask-profile.ts [--actors 2000] [--runs 3] [--minify]`
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { launchBrowser } from '../../test/support/browser.ts';
import { startApp } from '../../test/support/start-app.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { installProbes, readMarks } from '../client/page-probes.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    minify: { type: 'boolean', default: false },
  },
});
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const actors = Number(values.actors);

function frameName(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
}

/** Per sample: its time (ms, profile clock) and its stack, innermost first. */
function samplesOf(profile: Profile): Array<{ t: number; stack: ProfileNode[] }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = profile.startTime;
  return profile.samples.map((id, i) => {
    t += profile.timeDeltas[i]!;
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    return { t: t / 1000, stack };
  });
}

function top(counts: Map<string, number>, n: number, perSampleMs: number): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${(v * perSampleMs).toFixed(1).padStart(6)} ms  ${k}`);
}

async function main(): Promise<void> {
  const clientDir = await mkdtemp(path.join(tmpdir(), 'kg-netprof-dist-'));
  const corpusDir = await mkdtemp(path.join(tmpdir(), 'kg-netprof-corpus-'));
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const minify = values.minify ? [] : ['--minify', 'false'];
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--outDir', clientDir, '--emptyOutDir', '--logLevel', 'warn', ...minify],
    { cwd: ROOT, maxBuffer: 16 * 2 ** 20 },
  );
  await writeCorpus(corpusDir, { events: actors * 10 });
  const store = new MemoryStore(await loadArticles([corpusDir]));
  const app = await startApp({ store, clientDir });
  const browser = await launchBrowser();
  try {
    for (let run = 0; run < Number(values.runs); run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.addInitScript('window.__name = (fn) => fn;');
      await page.addInitScript(installProbes);
      // A busy-wait with a name the profile shows: its first sample is at window.__kgSync on the page's clock.
      await page.addInitScript(
        'function kgSyncMarker() { const t0 = performance.now(); while (performance.now() - t0 < 15); window.__kgSync = t0; } kgSyncMarker();',
      );
      // The page's clock against the profiler's: performance.timeOrigin is wall time, the profile monotonic.
      await page.goto(`${app.url}/`);
      await page.waitForFunction(() => performance.getEntriesByName('kg:network-layout-end').length > 0, undefined, {
        timeout: 300_000,
        polling: 100,
      });
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const marks = await page.evaluate(readMarks);
      const tasks = await page.evaluate(() => window.__kgBench!.longTasks);
      const start = marks['kg:network-answer'] ?? marks['kg:network-layout-start']!;
      const end = marks['kg:network-layout-end']!;
      const during = tasks.filter((t) => t.start + t.duration > start && t.start < end);
      console.log(
        `run ${run + 1}: settle ${(end - start).toFixed(0)} ms, long tasks in it: ${during.map((t) => `${t.duration.toFixed(0)}@${(t.start - start).toFixed(0)}`).join(', ') || 'none'}`,
      );
      console.log(
        `  all long tasks (start ms: duration): ${tasks.map((t) => `${t.start.toFixed(0)}:${t.duration.toFixed(0)}`).join(' ')}`,
      );
      console.log(
        `  marks: ${Object.entries(marks)
          .map(([k, v]) => `${k}=${v.toFixed(0)}`)
          .join(' ')}`,
      );
      const sync = await page.evaluate(() => (window as unknown as { __kgSync: number }).__kgSync);
      const samples = samplesOf(profile);
      const marker = samples.find((x) => x.stack.some((n) => n.callFrame.functionName === 'kgSyncMarker'));
      if (!marker) throw new Error('the sync marker is not in the profile');
      const offset = marker.t - sync;
      for (const task of tasks) {
        const inTask = samples.filter((x) => x.t - offset >= task.start && x.t - offset <= task.start + task.duration);
        const self = new Map<string, number>();
        const inclusive = new Map<string, number>();
        for (const x of inTask) {
          self.set(frameName(x.stack[0]!), (self.get(frameName(x.stack[0]!)) ?? 0) + 1);
          const named = x.stack.filter((n) => n.callFrame.url.includes('/assets/'));
          for (const n of new Set(named.map(frameName))) inclusive.set(n, (inclusive.get(n) ?? 0) + 1);
        }
        const per = inTask.length ? task.duration / inTask.length : 0;
        console.log(
          `  task ${task.duration.toFixed(0)} ms at ${(task.start - start).toFixed(0)} ms from the answer (or layout start)`,
        );
        console.log('   self:');
        console.log(top(self, 14, per).join('\n'));
        console.log('   inclusive (bundle functions):');
        console.log(top(inclusive, 30, per).join('\n'));
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await app.close();
    await rm(clientDir, { recursive: true, force: true });
    await rm(corpusDir, { recursive: true, force: true });
  }
}

await main();

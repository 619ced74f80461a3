// The zoom gesture the client phase times: scripted wheel steps over the timeline once it is complete, recorded
// twice (frame intervals, then a chromium trace of the main thread's work per frame).
import type { Browser, Page } from 'playwright-core';
import { FRAME_TRACE_CATEGORIES, frameWork } from './animation-frames.ts';
import { idleFrameIntervals, startFrameRecording, stopFrameRecording } from './page-probes.ts';

const ZOOM_STEPS = 30;
const READY_TIMEOUT_MS = 15 * 60_000;

export interface ZoomFrames {
  intervals: number[];
  workFrames: number[];
  idleIntervals: number[];
  longestTaskMs: number;
}

export async function zoomFrames(browser: Browser, page: Page): Promise<ZoomFrames> {
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

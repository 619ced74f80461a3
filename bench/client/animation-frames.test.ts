// The zoom figure reads chromium's trace: check the reader against a small trace shaped like chromium's own
// (async AnimationFrame b/e pairs on the renderer thread, RunTask and the page's work as complete events).
import { describe, expect, it } from 'vitest';
import { frameWork } from './animation-frames.ts';

const MAIN = { pid: 1, tid: 7 };
const OTHER = { pid: 1, tid: 9 };
const frame = (b: number, e: number) => [
  { name: 'AnimationFrame', ph: 'b', ts: b, ...MAIN, id2: { local: '0x1' } },
  { name: 'AnimationFrame', ph: 'e', ts: e, ...MAIN, id2: { local: '0x1' } },
];
const task = (name: string, ts: number, dur: number, thread = MAIN) => ({ name, ph: 'X', ts, dur, ...thread });

describe('frameWork', () => {
  it('counts main-thread task time inside each frame, not the wait for vsync', () => {
    const trace = {
      traceEvents: [
        // Frame 1: a wheel handler (2 ms) and a rAF render (5 ms), then 9 ms of waiting.
        ...frame(1_000, 17_000),
        task('RunTask', 1_000, 2_000),
        task('EventDispatch', 1_100, 1_800),
        task('RunTask', 8_000, 5_000),
        task('FireAnimationFrame', 8_100, 4_000),
        // A task on another thread is not the page's main-thread work.
        task('RunTask', 2_000, 10_000, OTHER),
        // Frame 2: idle, only the browser's own 0.5 ms.
        ...frame(17_000, 33_000),
        task('RunTask', 32_000, 500),
        // Frame 3: a task that started before the frame counts only from the frame's start.
        ...frame(40_000, 60_000),
        task('RunTask', 35_000, 10_000),
        task('FireAnimationFrame', 41_000, 3_000),
      ],
    };
    expect(frameWork(JSON.stringify(trace))).toEqual([
      { startMs: 1, busyMs: 7, didWork: true },
      { startMs: 17, busyMs: 0.5, didWork: false },
      { startMs: 40, busyMs: 5, didWork: true },
    ]);
  });

  it('reads a bare event array and ignores an unfinished frame', () => {
    const events = [...frame(0, 10_000), task('RunTask', 0, 4_000), frame(20_000, 0)[0]];
    expect(frameWork(JSON.stringify(events))).toEqual([{ startMs: 0, busyMs: 4, didWork: false }]);
  });
});

// Scripts injected into the page before the client runs: they record when the timeline first shows marks,
// when the client says it is ready (network laid out), every long task, and rAF frame times on demand.
// Plain functions serialised by playwright, so they may only use browser globals.

export interface PageProbe {
  timelineMs: number | null;
  readyMs: number | null;
  longTasks: Array<{ start: number; duration: number }>;
  frames: number[];
  recording: boolean;
}

declare global {
  interface Window {
    __kgBench?: PageProbe;
  }
}

/** Installed with page.addInitScript, so it runs before any of the client's own code. */
export function installProbes(): void {
  const probe: PageProbe = { timelineMs: null, readyMs: null, longTasks: [], frames: [], recording: false };
  window.__kgBench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (probe.timelineMs === null && document.querySelector('#timeline-chart .marks > *, #timeline-chart .bins > *')) {
      // The next animation frame is when the first marks get painted.
      probe.timelineMs = -1;
      requestAnimationFrame(() => (probe.timelineMs = performance.now()));
    }
    if (probe.readyMs === null && document.body?.dataset['ready'] === 'true') probe.readyMs = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
}

export function startFrameRecording(): void {
  const probe = window.__kgBench!;
  probe.frames = [];
  probe.recording = true;
  let last = performance.now();
  const loop = (t: number) => {
    probe.frames.push(t - last);
    last = t;
    if (probe.recording) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

export function stopFrameRecording(): number[] {
  const probe = window.__kgBench!;
  probe.recording = false;
  // The first delta spans the time before recording started.
  return probe.frames.slice(1);
}

/** The client's own performance marks, if it sets any (preferred over the DOM probes). */
export function readMarks(): Record<string, number> {
  return Object.fromEntries(
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('kg:'))
      .map((m) => [m.name, m.startTime]),
  );
}

/** Frame intervals of the page at rest: the floor the zoom's intervals are read against (60 Hz when headless). */
export function idleFrameIntervals(count: number): Promise<number[]> {
  return new Promise((resolve) => {
    const out: number[] = [];
    let last = -1;
    const loop = (t: number) => {
      if (last >= 0) out.push(t - last);
      last = t;
      if (out.length < count) requestAnimationFrame(loop);
      else resolve(out);
    };
    requestAnimationFrame(loop);
  });
}

// Frame work from a chromium trace. Headless chromium issues frames at 60 Hz whatever its flags, so
// requestAnimationFrame intervals never go below ~16.7 ms and cannot show whether a 16 ms budget is met. The
// trace can: chromium's `AnimationFrame` events (the model behind the Long Animation Frames API) delimit each
// frame on the renderer's main thread, and the main thread's tasks (`RunTask`) inside a frame are its work:
// input handlers, requestAnimationFrame callbacks, style, layout and paint. The frame's own duration would also
// count the wait for the next vsync, which is not work.

export const FRAME_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

export interface FrameWork {
  startMs: number;
  /** Main-thread time spent in tasks within the frame. */
  busyMs: number;
  /** The frame dispatched an input event or ran a requestAnimationFrame callback: it did the page's work. */
  didWork: boolean;
}

/** Every animation frame of the page's main thread in the trace, in order. */
export function frameWork(traceJson: string): FrameWork[] {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = (Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])).sort((a, b) => a.ts - b.ts);
  const spans: Array<{ begin: number; end: number; thread: string }> = [];
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'AnimationFrame') continue;
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'b') open.set(thread, e.ts);
    else if (e.ph === 'e' && open.has(thread)) {
      spans.push({ begin: open.get(thread)!, end: e.ts, thread });
      open.delete(thread);
    }
  }
  const byThread = (names: string[]) => {
    const out = new Map<string, Array<{ start: number; end: number }>>();
    for (const e of events) {
      if (e.ph !== 'X' || !names.includes(e.name)) continue;
      const thread = `${e.pid}:${e.tid}`;
      const list = out.get(thread) ?? [];
      list.push({ start: e.ts, end: e.ts + (e.dur ?? 0) });
      out.set(thread, list);
    }
    return out;
  };
  const tasks = byThread(['RunTask']);
  const pageWork = byThread(['EventDispatch', 'FireAnimationFrame']);
  const overlap = (list: Array<{ start: number; end: number }> | undefined, begin: number, end: number) =>
    (list ?? []).reduce((sum, t) => sum + Math.max(0, Math.min(end, t.end) - Math.max(begin, t.start)), 0);
  return spans.map(({ begin, end, thread }) => ({
    startMs: begin / 1000,
    busyMs: overlap(tasks.get(thread), begin, end) / 1000,
    didWork: (pageWork.get(thread) ?? []).some((w) => w.end > begin && w.start < end),
  }));
}

// Ends the current task so the browser can handle input and paint before the next slice of work runs.
// scheduler.yield() (Chromium 129+) resumes ahead of other queued tasks; elsewhere a zero-delay timeout.

interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task after the next frame: the style and layout of what was added before are done by then, in the
 * frame's own work, instead of in whichever later task first reads a size.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

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

import { yieldToMain } from '../ui/yield-to-main.ts';

/** Wraps `draw` so it runs in the next task, once however often it is asked for meanwhile. */
export function inNextTask(draw: () => void): () => void {
  let due = false;
  return () => {
    if (due) return;
    due = true;
    void yieldToMain().then(() => {
      due = false;
      draw();
    });
  };
}

/**
 * Counts the work in flight (fetches, layouts, settling timers); the body's `data-busy` is what tests and the
 * bench wait on, so "idle" means everything asked for has been drawn.
 */
export function busyFlag(body: HTMLElement): (delta: number) => void {
  let busy = 0;
  return (delta) => {
    busy += delta;
    if (busy > 0) body.dataset.busy = 'true';
    else delete body.dataset.busy;
  };
}

/**
 * Runs each drawing at most once per animation frame, however many events asked for it: a wheel gesture fires
 * far more often than the screen refreshes.
 */
export function frameQueue(): (draw: () => void) => void {
  const queue = new Set<() => void>();
  return (draw) => {
    if (queue.size === 0)
      requestAnimationFrame(() => {
        const draws = [...queue];
        queue.clear();
        for (const d of draws) d();
      });
    queue.add(draw);
  };
}

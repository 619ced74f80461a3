// The seed's progress line on a terminal: articles written, rate and time left, redrawn in place.

/** "Writing 120/500 articles (24%), 35.2 articles/s, about 11 s left" */
export function formatProgress(done: number, total: number, elapsedMs: number): string {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const left = rate > 0 ? (total - done) / rate : Number.NaN;
  const eta = done >= total ? 'done' : Number.isFinite(left) ? `about ${formatSeconds(left)} left` : 'estimating…';
  return `Writing ${done}/${total} articles (${percent}%), ${rate.toFixed(1)} articles/s, ${eta}`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds * 10) / 10} s`.replace(/\.0 s$/, ' s');
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds - m * 60)} s`;
}

export interface ProgressLine {
  update(done: number, total: number): void;
  /** Ends the line so the next output starts on a fresh one. */
  finish(): void;
}

/** Redraws at most every 100 ms on `out`; `now` is injectable so tests do not depend on the clock. */
export function progressLine(out: NodeJS.WritableStream, now: () => number = Date.now): ProgressLine {
  const start = now();
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (done < total && t - last < 100) return;
      last = t;
      drawn = true;
      // \r and "erase to end of line": the line is rewritten in place on a terminal.
      out.write(`\r${formatProgress(done, total, t - start)}\u001b[K`);
    },
    finish() {
      if (drawn) out.write('\n');
    },
  };
}

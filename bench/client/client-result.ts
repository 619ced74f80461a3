// What the client phase reports.
export interface TimelineFigures {
  /** Nominal size of the run (1k, 10k, 100k), and what the generated corpus actually holds. */
  itemsInRange: number;
  actualItems: number;
  firstRenderMs: number;
  /**
   * When the whole timeline is drawn: the client draws from its first page on and redraws as the rest
   * arrives, so first render alone no longer says when every item is in (null if the client sets no mark).
   */
  completeRenderMs: number | null;
  /** requestAnimationFrame intervals during the zoom (60 Hz floor in headless chromium). */
  zoomFrames: number;
  zoomFrameP50Ms: number;
  zoomFrameP95Ms: number;
  /** The same page at rest: the interval floor (absent in results taken before it was measured). */
  idleFrameP95Ms?: number;
  /** Main-thread work per frame that handled the wheel or ran the page's rAF callback: what the 16 ms budget applies to. */
  zoomInputFrames?: number;
  zoomWorkP50Ms?: number;
  zoomWorkP95Ms?: number;
  longestTaskMs: number;
  /** Page loads each figure is the median of (absent in results taken with one). */
  runs?: number;
}

export interface NetworkFigures {
  actors: number;
  edges: number;
  settleMs: number;
  /** Longest main-thread task while the layout ran: how long input could have waited. */
  longestTaskMs: number;
  /** The same over every load: "input never blocked" is judged on the worst load, not the median one. */
  worstLongestTaskMs?: number;
  /** Page loads each figure is the median of (absent in results taken with one). */
  runs?: number;
}

export interface BundleFigures {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  rawKb: number;
  gzipKb: number;
}

export interface ClientResult {
  bundle: BundleFigures;
  timeline: TimelineFigures[];
  network: NetworkFigures[];
  notes: string[];
}

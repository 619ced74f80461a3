// What the client phase reports.
export interface TimelineFigures {
  /** Nominal size of the run (1k, 10k, 100k), and what the generated corpus actually holds. */
  itemsInRange: number;
  actualItems: number;
  firstRenderMs: number;
  /**
   * When the visible window is drawn from what it will stay drawn from (`kg:timeline-complete`): every item of a
   * corpus small enough to load whole, else the server's counts or the window's items (docs/density.md). Null if
   * the client sets no mark.
   */
  completeRenderMs: number | null;
  /** GraphQL requests for the timeline (density and item pages) and the bytes of their answers, until complete. */
  timelineRequests?: number;
  timelineBytes?: number;
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

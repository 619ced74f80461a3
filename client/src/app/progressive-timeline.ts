// Loads the timeline page by page and draws it from the first page on, redrawing as the others arrive: a
// large timeline needs many pages, and waiting for all of them (and the network) kept the page blank for seconds.
import type { GraphQLClient } from '../api/graphql-client.ts';
import { renderTimelineLegend } from '../legend/legends.ts';
import { TIMELINE_METRICS } from '../../../core/timeline/timeline-metrics.ts';
import type { timelineView } from '../timeline/timeline-view.ts';
import { yieldToMain } from '../ui/yield-to-main.ts';
import { describeProgress } from './describe-data.ts';
import { timelineCollector, type TimelineData } from './load-data.ts';

/**
 * How often the chart is redrawn with the pages that came in meanwhile: each redraw re-indexes all entries,
 * so at 100k it waits several times what the last one took, keeping the page responsive while it loads.
 */
const PROGRESS_MS = 600;
const PROGRESS_COST_FACTOR = 4;

export interface ProgressiveTimelineDeps {
  api: Pick<GraphQLClient, 'timeline'>;
  timeline: ReturnType<typeof timelineView>;
  legendHost: HTMLElement;
  /** Takes in the timeline as loaded so far. */
  accept: (part: TimelineData) => void;
  /** Hands the chart what it will draw, so it indexes it in a task before the one that draws. */
  prepare: () => void;
  render: (options: { overviewLater?: boolean }) => void;
  /** Called once the first page is drawn. */
  onFirstPage: () => void;
}

/** Resolves once every page is in and drawn; rejects (with nothing pending) if a page could not be loaded. */
export async function loadTimelineProgressively(deps: ProgressiveTimelineDeps): Promise<void> {
  const { api, timeline, legendHost, accept, prepare, render, onFirstPage } = deps;
  const collector = timelineCollector();
  let started = false;
  let progressTimer = 0;
  let progressWait = PROGRESS_MS;
  const apply = async (first: boolean) => {
    const t0 = performance.now();
    progressTimer = 0;
    started = true;
    const part = collector.data();
    accept(part);
    if (!first) {
      // Indexing every entry and drawing them made one task of 50-100 ms at 30k items, blocking input (and the
      // network being drawn beside it); indexed in this task and drawn in the next, each is about half.
      prepare();
      await yieldToMain();
    }
    renderTimelineLegend(legendHost, part.kinds, part.colours, part.disputedEntries);
    render({ overviewLater: !first });
    progressWait = Math.max(PROGRESS_MS, PROGRESS_COST_FACTOR * (performance.now() - t0));
  };
  try {
    await api.timeline((items, total) => {
      collector.add(items);
      describeProgress(collector.size, total);
      // A timeline too big to draw item by item at full extent shows counts while it loads, as it will once
      // loaded: the first pages, all at one end of the period, would otherwise be drawn one by one, then dropped.
      timeline.densityThreshold(total > TIMELINE_METRICS.densityThreshold ? 0 : TIMELINE_METRICS.densityThreshold);
      if (!started) {
        void apply(true);
        requestAnimationFrame(() => performance.mark('kg:timeline-rendered'));
        onFirstPage();
      } else if (!progressTimer) {
        progressTimer = window.setTimeout(() => void apply(false), progressWait);
      }
    });
  } catch (e) {
    clearTimeout(progressTimer);
    throw e;
  }
  clearTimeout(progressTimer);
  timeline.densityThreshold(TIMELINE_METRICS.densityThreshold).provisional(false);
  await apply(false);
  requestAnimationFrame(() => performance.mark('kg:timeline-complete'));
}

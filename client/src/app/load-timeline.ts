// Loads the timeline at start: a small corpus whole, page by page (progressive-timeline.ts), a large one by window
// (windowed-timeline.ts), whichever the server's count says. Resolves once the visible window is drawn.
import { loadTimelineProgressively, type ProgressiveTimelineDeps } from './progressive-timeline.ts';
import type { windowedTimeline } from './windowed-timeline.ts';

export interface LoadTimelineDeps extends ProgressiveTimelineDeps {
  windowed: ReturnType<typeof windowedTimeline>;
}

export async function loadTimeline(deps: LoadTimelineDeps): Promise<void> {
  const { windowed, timeline, onFirstPage } = deps;
  if (await windowed.probe()) {
    timeline.provisional(false);
    onFirstPage();
    return;
  }
  await loadTimelineProgressively(deps);
}

// A timeline as a standalone picture, the one builder behind the app's SVG/PNG download and the server's
// /export/timeline.svg: the same entries, width, window and lanes give the same file on either side.
import { kindColour } from '../palette/palette.ts';
import type { Source } from '../domain/types.ts';
import type { LaneBy, TimelineEntry } from '../timeline/timeline-entry.ts';
import { layoutTimeline } from '../timeline/timeline-layout.ts';
import type { TimelineLayout } from '../timeline/timeline-layout-types.ts';
import { TIMELINE_METRICS as M } from '../timeline/timeline-metrics.ts';
import { el } from '../text/svg-element.ts';
import { FadeGradients } from './fade-gradients.ts';
import { pictureCredit } from './picture-credit.ts';
import { pictureFrame, type Picture } from './picture-frame.ts';
import { timelineChart } from './timeline-chart.ts';
import { timelineLegend } from './timeline-legend.ts';

export interface TimelinePictureInput {
  entries: readonly TimelineEntry[];
  width: number;
  /** The window shown, UTC ms, end exclusive. */
  domain: [number, number];
  laneBy: LaneBy;
  heading: string;
  summary: string;
  /** The sources credited (in publication order, whatever order they come in). */
  sources: readonly Pick<Source, 'publisher' | 'title' | 'publishedAt'>[];
  link?: string | null;
  /** See PictureParts.height. */
  height?: number | null;
  /**
   * The layout to draw instead of laying `entries` out: a large timeline's chart drawn from the server's counts
   * (core/timeline/counts-layout.ts), whose items were never fetched.
   */
  layout?: TimelineLayout | null;
}

export function timelinePicture(input: TimelinePictureInput): Picture {
  const { entries, width } = input;
  const layout =
    input.layout ??
    layoutTimeline(entries, {
      width,
      domain: input.domain,
      laneBy: input.laneBy,
      // Paper cannot expand a "+N" cluster: every lane grows the rows its labels need.
      expandedLanes: 'all',
    });
  const drawn = input.layout ? layout.inView > 0 : entries.length > 0;
  // Keyed by kind alone: the same kind has the same colour here as on screen, whatever else the data holds.
  const fades = new FadeGradients();
  const chart = drawn
    ? { markup: timelineChart(layout, kindColour, fades), height: layout.height }
    : {
        markup: el(
          'text',
          { class: 'empty-note', x: M.marginLeft, y: M.axisHeight + 20, 'font-size': 13, fill: '#555555' },
          'Nothing on the timeline matches these filters.',
        ),
        height: M.axisHeight + 40,
      };
  const legend = drawn ? timelineLegend(layout, kindColour, fades) : [];
  return pictureFrame({
    heading: input.heading,
    summary: input.summary,
    chart: { markup: chart.markup, width, height: chart.height },
    legend,
    credit: pictureCredit(input.sources),
    link: input.link ?? null,
    defs: fades.defs(),
    height: input.height ?? null,
  });
}

// Zoom and pan of the timeline chart: a gesture moves the chart's visible window, and a window set from outside
// (the URL, the overview's brush) moves d3-zoom's transform to match, without a gesture's events.
import { scaleUtc } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { DAY_MS } from '../../../core/timeline/date-extent.ts';
import { TIMELINE_METRICS as M } from '../../../core/timeline/timeline-metrics.ts';
import { zoomFilter } from '../ui/zoom-filter.ts';

type Domain = [number, number];

/** The chart settings zooming reads; it writes `domain` as a gesture moves. */
export interface ZoomSettings {
  width: number;
  /** The whole zoomable range, UTC ms. */
  extent: Domain;
  domain: Domain;
  wheelNeedsModifier: boolean;
}

/** `moved(final)` follows each step of a gesture (`domain` already updated), and its end with `final` true. */
export function timelineZoom(settings: ZoomSettings, moved: (final: boolean) => void) {
  let zooming = false;
  const baseScale = () =>
    scaleUtc()
      .domain(settings.extent)
      .range([M.marginLeft, settings.width - M.marginRight]);
  const behaviour = zoom<SVGSVGElement, unknown>()
    .filter(zoomFilter(() => settings.wheelNeedsModifier))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent) return;
      zooming = true;
      settings.domain = event.transform
        .rescaleX(baseScale())
        .domain()
        .map((d) => d.getTime()) as Domain;
      moved(false);
    })
    .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (!event.sourceEvent || !zooming) return;
      zooming = false;
      moved(true);
    });

  return {
    /** True while a gesture lasts. */
    zooming: () => zooming,
    attach(svg: Selection<SVGSVGElement, unknown, null, undefined>): void {
      svg.call(behaviour).on('dblclick.zoom', null);
    },
    /** Puts the zoom transform where `domain` says, without emitting events. */
    sync(svg: Selection<SVGSVGElement, unknown, null, undefined>): void {
      const base = baseScale();
      const [left, right] = base.range() as [number, number];
      const span = Math.max(1, base(settings.domain[1]) - base(settings.domain[0]));
      const k = (right - left) / span;
      const minSpan = 2 * DAY_MS;
      behaviour
        .scaleExtent([Math.min(1, k), Math.max(k, (settings.extent[1] - settings.extent[0]) / minSpan)])
        .extent([
          [left, 0],
          [right, 1],
        ])
        .translateExtent([
          [Math.min(left, base(settings.domain[0])), 0],
          [Math.max(right, base(settings.domain[1])), 1],
        ]);
      svg.call(behaviour.transform, zoomIdentity.translate(left - k * base(settings.domain[0]), 0).scale(k));
    },
  };
}

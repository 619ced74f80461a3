// The timeline as a printable, self-contained SVG: the server's data through the picture builder the app's
// download uses too (core/picture/timeline-picture.ts), so both give the same picture of the same view.
import { timelinePicture } from '../../core/picture/timeline-picture.ts';
import { toTimelineEntries } from '../../core/timeline/domain-entries.ts';
import type { SvgOptions } from '../input/export-options.ts';
import { itemDisputes } from '../documents/item-disputes.ts';
import { svgDomain } from './svg-domain.ts';
import type { TimelineData } from '../documents/timeline-data.ts';
import { timelineTitle } from '../documents/timeline-title.ts';

export function renderTimelineSvg(data: TimelineData, options: SvgOptions): string {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const entries = toTimelineEntries(data.items, data.actors, (item) =>
    itemDisputes(item, data.dateClaims ?? new Map(), sources),
  );
  const title = timelineTitle(data, options.title);
  return timelinePicture({
    entries,
    width: options.width,
    domain: svgDomain(entries, data.filters.window),
    laneBy: options.laneBy,
    heading: title.headline,
    summary: title.summary,
    sources: data.sources,
    height: options.height ?? null,
  }).svg;
}

// The timeline as a printable, self-contained SVG, laid out on the server by the client's own layout
// code: title, date axis, lanes, marks (one per item, with data-id), legend and a source credit.
import { kindColour } from '../../core/palette/palette.ts';
import { layoutTimeline } from '../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../core/timeline/timeline-metrics.ts';
import { truncateToWidth, type FontSpec } from '../../core/text/text-width.ts';
import type { SvgOptions } from '../input/export-options.ts';
import { renderCredit } from './svg-credit.ts';
import { svgDomain } from './svg-domain.ts';
import { el } from '../../core/text/svg-element.ts';
import { FadeGradients } from './svg-gradients.ts';
import { legendItems, renderLegend } from './svg-legend.ts';
import { timelineChart } from './svg-timeline-chart.ts';
import type { TimelineData } from '../documents/timeline-data.ts';
import { itemDisputes } from '../documents/item-disputes.ts';
import { toTimelineEntries } from '../../core/timeline/domain-entries.ts';
import { timelineTitle } from '../documents/timeline-title.ts';

const TITLE_FONT: FontSpec = { size: 18, bold: true };
const SUMMARY_FONT: FontSpec = { size: 12 };
const HEADER = 58;
/** Helvetica's metrics match what the layout measured; the generic family keeps it printable anywhere. */
export const FONT_FAMILY = 'Helvetica, Arial, sans-serif';

export function renderTimelineSvg(data: TimelineData, options: SvgOptions): string {
  const { width } = options;
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const entries = toTimelineEntries(data.items, data.actors, (item) =>
    itemDisputes(item, data.dateClaims ?? new Map(), sources),
  );
  const layout = layoutTimeline(entries, {
    width,
    domain: svgDomain(entries, data.filters.window),
    laneBy: options.laneBy,
    // Paper cannot expand a "+N" cluster: every lane grows the rows its labels need.
    expandedLanes: 'all',
  });
  // The app's palette, keyed by kind: the same kind has the same colour here as on screen, whatever the data.
  const colourOf = kindColour;
  const fades = new FadeGradients();
  const title = timelineTitle(data, options.title);
  const textRoom = width - M.marginLeft - M.marginRight;

  const chart =
    entries.length > 0
      ? timelineChart(layout, colourOf, fades)
      : el(
          'text',
          { x: M.marginLeft, y: M.axisHeight + 20, 'font-size': 13, fill: '#555555' },
          'Nothing on the timeline matches these filters.',
        );
  const chartHeight = entries.length > 0 ? layout.height : M.axisHeight + 40;
  const legend = renderLegend(legendItems(layout, colourOf, fades), width, HEADER + chartHeight + 8);
  const credit = renderCredit(data.sources, width, HEADER + chartHeight + 8 + legend.height + 8);
  const natural = Math.ceil(HEADER + chartHeight + 8 + legend.height + 8 + credit.height + 8);

  // A requested height taller than the content adds white space; a shorter one scales the picture
  // down to fit (preserveAspectRatio), so the image never exceeds the size asked for.
  const height = options.height ?? natural;
  const viewHeight = Math.max(natural, height);
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${viewHeight}`,
      preserveAspectRatio: 'xMidYMin meet',
      'font-family': FONT_FAMILY,
      role: 'img',
      'aria-labelledby': 'timeline-title timeline-desc',
    },
    [
      el('title', { id: 'timeline-title' }, title.headline),
      el('desc', { id: 'timeline-desc' }, title.summary),
      el('defs', {}, [fades.defs()]),
      el('rect', { class: 'background', x: 0, y: 0, width, height: viewHeight, fill: 'white' }),
      el(
        'text',
        {
          class: 'title',
          x: M.marginLeft,
          y: 26,
          'font-size': TITLE_FONT.size,
          'font-weight': 'bold',
          fill: '#111111',
        },
        truncateToWidth(title.headline, textRoom, TITLE_FONT),
      ),
      el(
        'text',
        { class: 'summary', x: M.marginLeft, y: 45, 'font-size': SUMMARY_FONT.size, fill: '#444444' },
        truncateToWidth(title.summary, textRoom, SUMMARY_FONT),
      ),
      el('g', { class: 'chart', transform: `translate(0,${HEADER})` }, [chart]),
      legend.markup,
      credit.markup,
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

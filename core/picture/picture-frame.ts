// The frame every standalone picture shares, the app's downloads and the server's SVG export alike: a heading
// and filter summary, the chart, a legend, the source credit and a link back to the live view, on white.
// Pure: strings and numbers in, one self-contained SVG document out (no DOM), so both sides build the same file.
import { el } from '../text/svg-element.ts';
import { wrapText } from '../text/wrap-text.ts';
import { textWidth, truncateToWidth, type FontSpec } from '../text/text-width.ts';

export interface PictureLegendItem {
  /** Markup of one swatch, drawn in a box 26 by 14 pixels from its top left corner, as the chart draws the thing. */
  swatch: string;
  label: string;
}

export interface PictureParts {
  heading: string;
  summary: string;
  /** Markup of the chart, drawn from (0, 0) and this size. */
  chart: { markup: string; width: number; height: number };
  /** Legend rows: each group starts a new row and wraps when it runs out of width. */
  legend: readonly (readonly PictureLegendItem[])[];
  /** Wrapped to as many lines as it takes: a picture names every source it draws from. */
  credit: string;
  /** The live view, so a printed or pasted picture leads back to its evidence. */
  link: string | null;
  /** Definitions the chart or legend refer to (gradients). */
  defs?: string;
  /**
   * A height asked for: taller than the content adds white space, shorter scales the picture down to fit
   * (preserveAspectRatio), so the image never exceeds the size asked for. Absent: the content's own height.
   */
  height?: number | null;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

/** The families the layout measured with; the generic fallback keeps it printable anywhere. */
const PICTURE_FONT_FAMILY = 'Helvetica, Arial, sans-serif';
const MIN_PICTURE_WIDTH = 320;
/** Where the chart starts, under the heading and summary. */
const PICTURE_HEADER = 58;

const PAD = 16;
const HEADING: FontSpec = { size: 18, bold: true };
const SUMMARY: FontSpec = { size: 12 };
const SMALL: FontSpec = { size: 11 };
const SWATCH = { width: 26, height: 14 };
const LEGEND_ROW = 20;
const ITEM_GAP = 16;
const LINE = 15;

/** Lines of at most `maxWidth`, cutting anywhere: a URL has no spaces to wrap at, and a cut one is useless. */
export function breakAnywhere(text: string, maxWidth: number, font: FontSpec, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of text) {
    if (line && textWidth(line + c, font) > maxWidth) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) return lines;
    }
    line += c;
  }
  if (line) lines.push(line);
  return lines;
}

function legendMarkup(
  groups: PictureParts['legend'],
  left: number,
  right: number,
  top: number,
): { markup: string[]; height: number } {
  const markup: string[] = [];
  let y = top;
  for (const group of groups) {
    if (group.length === 0) continue;
    let x = left;
    for (const item of group) {
      const label = truncateToWidth(item.label, right - left - SWATCH.width - 4, SMALL);
      const w = SWATCH.width + 4 + textWidth(label, SMALL);
      if (x > left && x + w > right) {
        x = left;
        y += LEGEND_ROW;
      }
      markup.push(
        el('g', { class: 'swatch', transform: `translate(${x},${y + (LEGEND_ROW - SWATCH.height) / 2})` }, [
          item.swatch,
        ]),
        el(
          'text',
          { x: x + SWATCH.width + 4, y: y + LEGEND_ROW / 2 + 4, 'font-size': SMALL.size, fill: '#333333' },
          label,
        ),
      );
      x += w + ITEM_GAP;
    }
    y += LEGEND_ROW;
  }
  return { markup, height: y - top };
}

export function pictureFrame(parts: PictureParts): Picture {
  const width = Math.max(MIN_PICTURE_WIDTH, Math.ceil(parts.chart.width));
  const textRoom = width - 2 * PAD;
  const body: string[] = [
    el(
      'text',
      { class: 'title', x: PAD, y: 26, 'font-size': HEADING.size, 'font-weight': 'bold', fill: '#111111' },
      truncateToWidth(parts.heading, textRoom, HEADING),
    ),
    el(
      'text',
      { class: 'summary', x: PAD, y: 45, 'font-size': SUMMARY.size, fill: '#444444' },
      truncateToWidth(parts.summary, textRoom, SUMMARY),
    ),
    el('g', { class: 'chart', transform: `translate(0,${PICTURE_HEADER})` }, [parts.chart.markup]),
  ];
  let y = PICTURE_HEADER + Math.ceil(parts.chart.height) + 10;

  const legend = legendMarkup(parts.legend, PAD, width - PAD, y);
  if (legend.markup.length) {
    body.push(el('g', { class: 'legend' }, legend.markup));
    y += legend.height + 8;
  }

  const credit = parts.credit ? wrapText(parts.credit, textRoom, SMALL, Infinity) : [];
  const link = parts.link ? breakAnywhere(`Live view: ${parts.link}`, textRoom, SMALL, 3) : [];
  if (credit.length || link.length) {
    body.push(el('line', { x1: PAD, x2: width - PAD, y1: y + 0.5, y2: y + 0.5, stroke: '#d9d9d9' }));
    y += 6;
  }
  const lines = (texts: string[], fill: string) =>
    texts.map((t, i) => el('text', { x: PAD, y: y + 11 + i * LINE, 'font-size': SMALL.size, fill }, t));
  if (credit.length) {
    body.push(el('g', { class: 'credit' }, lines(credit, '#555555')));
    y += credit.length * LINE;
  }
  if (link.length) {
    body.push(el('a', { class: 'link', href: parts.link }, lines(link, '#0072b2')));
    y += link.length * LINE;
  }
  const natural = Math.ceil(y + 10);
  const height = parts.height ?? natural;
  const viewHeight = Math.max(natural, height);

  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${viewHeight}`,
      preserveAspectRatio: 'xMidYMin meet',
      'font-family': PICTURE_FONT_FAMILY,
      role: 'img',
      'aria-labelledby': 'picture-title picture-desc',
    },
    [
      el('title', { id: 'picture-title' }, parts.heading),
      el('desc', { id: 'picture-desc' }, parts.summary),
      parts.defs ? el('defs', {}, [parts.defs]) : '',
      el('rect', { class: 'background', x: 0, y: 0, width, height: viewHeight, fill: '#ffffff' }),
      ...body,
    ],
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}

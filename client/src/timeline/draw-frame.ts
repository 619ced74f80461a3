// The timeline's non-interactive parts (lanes, axis and grid, statement connectors, density bins),
// drawn from a layout with keyed joins.
import type { Selection } from 'd3-selection';
import { actorSymbolPath } from '../ui/actor-symbol.ts';
import type { DensityBin } from '../../../core/timeline/density-bins.ts';
import type { TimelineLane, TimelineLayout, TimelineLink } from '../../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../../core/timeline/timeline-metrics.ts';
import { TICK_LABEL_DX, type AxisTick } from '../../../core/timeline/time-ticks.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export function drawLanes(g: Layer, lanes: TimelineLane[], l: TimelineLayout): void {
  g.selectAll<SVGGElement, TimelineLane>('g.lane')
    .data(lanes, (d) => d.key)
    .join((enter) => {
      const lane = enter.append('g').attr('class', 'lane');
      lane.append('rect').attr('class', 'lane-bg');
      lane.append('line').attr('class', 'lane-rule');
      lane.append('path').attr('class', 'lane-glyph');
      lane.append('text').attr('class', 'lane-label');
      return lane;
    })
    .attr('data-lane', (d) => d.key)
    .call((lane) => {
      lane
        .select('rect.lane-bg')
        .attr('x', 0)
        .attr('y', (d) => d.y)
        .attr('width', l.width)
        .attr('height', (d) => d.height)
        .attr('class', (_d, i) => `lane-bg${i % 2 ? ' odd' : ''}`);
      lane
        .select('line.lane-rule')
        .attr('x1', 0)
        .attr('x2', l.width)
        .attr('y1', (d) => d.y + 0.5)
        .attr('y2', (d) => d.y + 0.5);
      lane
        .select('path.lane-glyph')
        .attr('d', (d) => (d.actorKind ? actorSymbolPath(d.actorKind, 4.5) : null))
        .attr('transform', (d) => `translate(${M.marginLeft + 5},${d.headerY - 4})`)
        .attr('class', (d) => `lane-glyph kind-${d.actorKind ?? 'none'}`);
      lane
        .select('text.lane-label')
        .attr('x', (d) => M.marginLeft + (d.actorKind ? 14 : 0))
        .attr('y', (d) => d.headerY)
        .text((d) => d.label);
    });
}

export function drawAxis(axis: Layer, grid: Layer, ticks: AxisTick[], l: TimelineLayout): void {
  axis
    .selectAll<SVGTextElement, AxisTick>('text.tick')
    .data(ticks, (d) => d.label)
    .join('text')
    .attr('class', (d) => `tick${d.major ? ' major' : ''}`)
    .attr('x', (d) => d.x + TICK_LABEL_DX)
    .attr('y', 17)
    .text((d) => d.label);
  grid
    .selectAll<SVGLineElement, AxisTick>('line')
    .data(ticks, (d) => d.label)
    .join('line')
    .attr('class', (d) => (d.major ? 'major' : null))
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', 6)
    .attr('y2', l.plot.bottom);
}

export function drawLinks(g: Layer, links: TimelineLink[]): void {
  g.selectAll<SVGPathElement, TimelineLink>('path.link')
    .data(links, (d) => d.id)
    .join('path')
    .attr('class', 'link')
    .attr('data-statement', (d) => d.statementId)
    .attr('d', (d) => {
      const my = (d.y1 + d.y2) / 2;
      return `M${d.x1},${d.y1}C${d.x1},${my} ${d.x2},${my} ${d.x2},${d.y2}`;
    });
}

/** What a drawn bin was last given, so a zoom frame touches only the attributes that changed. */
interface DrawnBin {
  rect: SVGRectElement;
  title: SVGTitleElement;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

const drawnBins = new WeakMap<SVGGElement, Map<string, DrawnBin>>();
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Bins by hand rather than with a keyed d3 join: a zoom frame at 100k entries redraws a few thousand of
 * them, and the join's per-element selections and unconditional attribute writes were most of its cost.
 * Also puts back the rects that drawSketchBins hid.
 */
export function drawBins(g: Layer, bins: DensityBin[]): void {
  const node = g.node();
  if (!node) return;
  clearSketch(node);
  let drawn = drawnBins.get(node);
  if (!drawn) drawnBins.set(node, (drawn = new Map()));
  // Neighbouring bins share their bounds, and every lane has the same ones: each day is formatted once.
  const days = new Map<number, string>();
  const day = (ms: number) => {
    let text = days.get(ms);
    if (text === undefined) days.set(ms, (text = new Date(ms).toISOString().slice(0, 10)));
    return text;
  };
  // New rects go in with one append: after the last page of a large timeline arrives, thousands are made at once.
  const added = document.createDocumentFragment();
  const next = new Map<string, DrawnBin>();
  for (const bin of bins) {
    const key = `${bin.laneKey}@${bin.x}`;
    let d = drawn.get(key);
    if (!d) {
      const rect = binTemplate().cloneNode(true) as SVGRectElement;
      added.appendChild(rect);
      d = { rect, title: rect.firstChild as SVGTitleElement, x: NaN, y: NaN, width: NaN, height: NaN, label: '' };
    }
    next.set(key, d);
    const width = binWidth(bin);
    if (d.x !== bin.x) d.rect.setAttribute('x', String((d.x = bin.x)));
    if (d.y !== bin.y) d.rect.setAttribute('y', String((d.y = bin.y)));
    if (d.width !== width) d.rect.setAttribute('width', String((d.width = width)));
    if (d.height !== bin.height) d.rect.setAttribute('height', String((d.height = bin.height)));
    const label = `${bin.count} item${bin.count === 1 ? '' : 's'}, ${day(bin.start)} to ${day(bin.end)}`;
    if (d.label !== label) d.title.textContent = d.label = label;
  }
  for (const [key, d] of drawn) if (!next.has(key)) d.rect.remove();
  rectsOf(node).appendChild(added);
  drawnBins.set(node, next);
}

/**
 * The rects sit in a group of their own, so hiding them for a gesture is one element's style: a class on the
 * layer that matched every rect made chromium restyle thousands of them in the gesture's first frame.
 */
function rectsOf(node: SVGGElement): SVGGElement {
  let group = node.querySelector<SVGGElement>(':scope > g.bin-rects');
  if (!group) {
    group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', 'bin-rects');
    node.prepend(group);
  }
  return group;
}

let template: SVGRectElement | null = null;
/** A bin's rect with its title, cloned for each new bin (one clone costs less than making the two elements). */
function binTemplate(): SVGRectElement {
  if (!template) {
    template = document.createElementNS(SVG_NS, 'rect');
    template.setAttribute('class', 'bin');
    template.appendChild(document.createElementNS(SVG_NS, 'title'));
  }
  return template;
}

const binWidth = (bin: DensityBin) => Math.max(1, bin.x2 - bin.x - 1);

/** The sketch of the bins: one path per lane, keyed by lane. */
const sketchPaths = new WeakMap<SVGGElement, Map<string, SVGPathElement>>();

/**
 * The bins' bars as one path per lane, for drawings soon replaced: each frame of a zoom or pan, and each redraw
 * while pages still arrive. In SVG a rect's x, y, width and height are style properties, so moving a few
 * thousand rects made chromium restyle each of them on every frame (13 ms of a ~40 ms frame at 100k entries);
 * a path per lane restyles a dozen elements. The rects, with their accessible titles, are hidden (the `gesture`
 * class) until drawBins brings them back up to date.
 */
export function drawSketchBins(g: Layer, bins: DensityBin[]): void {
  const node = g.node();
  if (!node) return;
  let paths = sketchPaths.get(node);
  if (!paths) sketchPaths.set(node, (paths = new Map()));
  node.classList.add('gesture');
  const d = new Map<string, string>();
  for (const bin of bins)
    d.set(
      bin.laneKey,
      `${d.get(bin.laneKey) ?? ''}M${bin.x},${bin.y}h${binWidth(bin)}v${bin.height}h${-binWidth(bin)}z`,
    );
  for (const [lane, path] of paths)
    if (!d.has(lane)) {
      path.remove();
      paths.delete(lane);
    }
  for (const [lane, data] of d) {
    let path = paths.get(lane);
    if (!path) {
      path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('class', 'bin-lane');
      path.setAttribute('aria-hidden', 'true');
      node.appendChild(path);
      paths.set(lane, path);
    }
    if (path.getAttribute('d') !== data) path.setAttribute('d', data);
  }
}

function clearSketch(node: SVGGElement): void {
  const paths = sketchPaths.get(node);
  for (const path of paths?.values() ?? []) path.remove();
  paths?.clear();
  node.classList.remove('gesture');
}

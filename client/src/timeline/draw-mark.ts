// The timeline's marks (body, cap, point, quote glyph, focus ring, two-line label), kept by id and updated
// in place. Each mark is placed by one transform at its anchor and its parts are drawn relative to it, and
// only attributes whose value changed are written: during a zoom most marks then cost one attribute a frame
// (a keyed d3 join rewrote ~25 attributes of every mark every frame, most of a frame's time).
import { QUOTE_GLYPH } from '../../../core/picture/glyphs.ts';
import { drawDispute } from './draw-dispute.ts';
import type { TimelineMark } from '../../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../../core/timeline/timeline-metrics.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface MarkHandlers {
  /** Click, Enter or Space. */
  select(id: string): void;
  /** Any other key, for moving between marks. */
  keydown(event: KeyboardEvent): void;
  /** Pointer over or focus: the tooltip, anchored at the mark's visible part. */
  show(mark: TimelineMark, anchor: Element): void;
  hide(): void;
}

export interface MarkStyle {
  selectedId: string | null;
  /** The mark that takes the chart's one Tab stop. */
  activeId: string | null;
  colourOf(kind: string): string;
  /** Prefix of the chart's mask ids. */
  uid: string;
}

/** A mark's parts are made when first needed: most marks are points, and unused parts still cost DOM. */
interface DrawnMark {
  g: SVGGElement;
  ring: SVGRectElement;
  body: SVGRectElement | null;
  cap: SVGRectElement | null;
  point: SVGCircleElement | null;
  quote: SVGPathElement | null;
  label: { text: SVGTextElement; title: SVGTSpanElement; date: SVGTSpanElement } | null;
  mark: TimelineMark;
}

/** Two decimals: enough for pixels, and stable, so unmoved parts are not rewritten for rounding noise. */
const r2 = (v: number) => String(Math.round(v * 100) / 100);

/**
 * What this layer last wrote to each element. Why not compare with getAttribute: a zoom frame checks ~25
 * attributes of each of up to a thousand marks and writes one or two, so the checks were DOM reads by the
 * ten thousand. Only this module writes the others, so its record is the DOM's state.
 */
const written = new WeakMap<Element, Record<string, string | null>>();
/** Attributes something else also writes (roving focus moves tabindex): always compared with the DOM. */
const SHARED = new Set(['tabindex']);

function set(el: Element, name: string, value: string | null): void {
  let attrs = written.get(el);
  if (!attrs) written.set(el, (attrs = Object.create(null) as Record<string, string | null>));
  const unchanged = name in attrs && !SHARED.has(name) ? attrs[name] === value : el.getAttribute(name) === value;
  if (unchanged) return;
  attrs[name] = value;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function text(el: Element, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, className: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  el.setAttribute('class', className);
  return el;
}

/** Parts in a fixed order (ring, body, cap, point, quote, label), so later CSS and hit-testing are as before. */
const PART_ORDER = ['focus-ring', 'body', 'cap', 'point', 'quote', 'label'];

function addPart<E extends SVGElement>(g: SVGGElement, el: E): E {
  const rank = PART_ORDER.indexOf(el.getAttribute('class') ?? '');
  const after = [...g.children].find((c) => PART_ORDER.indexOf(c.getAttribute('class') ?? '') > rank) ?? null;
  g.insertBefore(el, after);
  return el;
}

/** Shows a part (making it if needed) or hides it if it exists. */
function part<E extends SVGElement>(g: SVGGElement, existing: E | null, wanted: boolean, make: () => E): E | null {
  if (!wanted) {
    if (existing) set(existing, 'display', 'none');
    return existing;
  }
  const el = existing ?? addPart(g, make());
  set(el, 'display', null);
  return el;
}

function create(handlers: MarkHandlers): DrawnMark {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('role', 'button');
  const ring = g.appendChild(svgElement('rect', 'focus-ring'));
  ring.setAttribute('rx', '4');
  const drawn: DrawnMark = {
    g,
    ring,
    body: null,
    cap: null,
    point: null,
    quote: null,
    label: null,
    mark: undefined as unknown as TimelineMark,
  };
  g.addEventListener('click', (event) => {
    event.stopPropagation();
    handlers.select(drawn.mark.id);
  });
  g.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      handlers.select(drawn.mark.id);
    } else {
      handlers.keydown(event);
    }
  });
  const show = () =>
    handlers.show(
      drawn.mark,
      g.querySelector('.body:not([display]), .point:not([display]), .quote:not([display])') ?? g,
    );
  g.addEventListener('mouseenter', show);
  g.addEventListener('focus', show);
  g.addEventListener('mouseleave', () => handlers.hide());
  g.addEventListener('blur', () => handlers.hide());
  return drawn;
}

function update(drawn: DrawnMark, d: TimelineMark, style: MarkStyle): void {
  drawn.mark = d;
  const { g } = drawn;
  const selected = d.id === style.selectedId;
  set(
    g,
    'class',
    `mark ${d.type} shape-${d.shape}${d.paraphrase ? ' paraphrase' : ''}${selected ? ' is-selected' : ''}${d.label ? '' : ' unlabelled'}`,
  );
  set(g, 'data-id', d.id);
  set(g, 'data-type', d.type);
  set(g, 'data-precision', d.precision);
  set(g, 'data-lane', d.laneKey);
  set(g, 'tabindex', d.id === style.activeId ? '0' : '-1');
  set(g, 'aria-label', d.ariaLabel);
  set(g, 'aria-pressed', String(selected));
  const colour = style.colourOf(d.kind);
  if (g.style.getPropertyValue('--mark-colour') !== colour) g.style.setProperty('--mark-colour', colour);
  set(g, 'transform', `translate(${r2(d.anchorX)},${r2(d.y)})`);
  // Parts relative to the anchor.
  const rel = (x: number) => r2(x - d.anchorX);

  const isBar =
    d.shape === 'span' || d.shape === 'range' || (d.shape === 'quote' && d.x2 - d.x > 2 * M.quoteHalfWidth + 2);
  const barH = d.shape === 'quote' ? 4 : M.barHeight;
  const { g: host, ring } = drawn;
  const body = (drawn.body = part(host, drawn.body, isBar, () => svgElement('rect', 'body')));
  if (body && isBar) {
    set(body, 'x', rel(d.x));
    set(body, 'y', r2(-barH / 2));
    set(body, 'width', r2(Math.max(0, d.x2 - d.x)));
    set(body, 'height', String(barH));
    set(body, 'rx', d.shape === 'quote' ? '2' : '3');
    set(body, 'mask', d.fadeStart ? `url(#${style.uid}-fade-start)` : d.fadeEnd ? `url(#${style.uid}-fade-end)` : null);
  }
  // The known end of an open range gets a solid cap, so "on or before 5 May" reads as a firm edge.
  const hasCap = d.shape === 'range' && !(d.fadeStart ? d.clipEnd : d.clipStart);
  const cap = (drawn.cap = part(host, drawn.cap, hasCap, () => svgElement('rect', 'cap')));
  if (cap && hasCap) {
    set(cap, 'x', rel(d.fadeStart ? d.x2 - 3 : d.x));
    set(cap, 'y', '-8');
    set(cap, 'width', '3');
    set(cap, 'height', '16');
  }
  drawn.point = part(host, drawn.point, d.shape === 'point', () => {
    const c = svgElement('circle', 'point');
    c.setAttribute('cx', '0');
    c.setAttribute('cy', '0');
    c.setAttribute('r', String(M.pointRadius));
    return c;
  });
  drawn.quote = part(host, drawn.quote, d.type === 'statement', () => {
    const q = svgElement('path', 'quote');
    q.setAttribute('d', QUOTE_GLYPH);
    q.setAttribute('transform', 'translate(-5.6,-5)');
    return q;
  });
  // The ring encloses the mark and its label, so it never runs through text.
  const left = Math.min(d.x, d.anchorX - 8, d.label?.left ?? Infinity) - 4;
  const right = Math.max(d.x2, d.anchorX + 8, d.label?.right ?? -Infinity) + 4;
  set(ring, 'x', rel(left));
  set(ring, 'y', d.label ? '-14' : '-10');
  set(ring, 'width', r2(right - left));
  set(ring, 'height', d.label ? '33' : '20');
  if (d.label && !drawn.label) {
    const textEl = addPart(host, svgElement('text', 'label'));
    drawn.label = {
      text: textEl,
      title: textEl.appendChild(svgElement('tspan', 'title')),
      date: textEl.appendChild(svgElement('tspan', 'date')),
    };
  }
  if (drawn.label) set(drawn.label.text, 'display', d.label ? null : 'none');
  if (d.label && drawn.label) {
    for (const [span, dy, value] of [
      [drawn.label.title, M.titleDy, d.label.title],
      [drawn.label.date, M.dateDy, d.label.date],
    ] as const) {
      set(span, 'x', rel(d.label.x));
      set(span, 'y', String(dy));
      set(span, 'text-anchor', d.label.anchor);
      text(span, value);
    }
  }
  drawDispute(g, d);
}

/** A layer of marks: `draw` puts exactly `marks` in `g`, in their order (keyboard order follows it). */
export function markLayer(handlers: MarkHandlers) {
  let drawn = new Map<string, DrawnMark>();
  return function draw(g: SVGGElement, marks: readonly TimelineMark[], style: MarkStyle): void {
    const next = new Map<string, DrawnMark>();
    for (const d of marks) {
      const mark = drawn.get(d.id) ?? create(handlers);
      update(mark, d, style);
      next.set(d.id, mark);
    }
    for (const [id, mark] of drawn) if (!next.has(id)) mark.g.remove();
    drawn = next;
    let previous: Element | null = null;
    for (const d of marks) {
      const el = next.get(d.id)!.g;
      const wanted: ChildNode | null = previous ? previous.nextSibling : g.firstChild;
      if (el !== wanted) g.insertBefore(el, wanted);
      previous = el;
    }
  };
}

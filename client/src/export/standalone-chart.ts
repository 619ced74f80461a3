// Copies a live chart (the network, whose layout only the browser runs, and legend swatches) into standalone SVG
// markup. A picture opened on its own has no stylesheet, so the styles the page gives each element are written onto
// it as presentation attributes; what only makes sense on screen (invisible hit areas and focus rings, keyboard and
// ARIA attributes) is left out.

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements that are never drawn where they stand, only referenced or read: no visibility checks inside. */
const REFERENCED = new Set(['defs', 'marker', 'mask', 'clipPath', 'linearGradient', 'radialGradient', 'title', 'desc']);
const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'path', 'polygon', 'polyline']);
const TEXTS = new Set(['text', 'tspan']);
/** Inherited paint properties and their initial (computed) values: only differences are written. */
const PAINT: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  'stroke-linecap': 'butt',
  'paint-order': 'normal',
};
const FONT: Record<string, string> = {
  'font-size': '',
  'font-weight': '400',
  // Paraphrases are italic (statement-text.ts): the picture keeps that.
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
};
const SCREEN_ONLY_ATTRS = /^(tabindex|role|style|aria-.*)$/;

export interface StandaloneChart {
  markup: string;
  width: number;
  height: number;
}

const isClear = (paint: string) => paint === 'none' || /^rgba\(.*,\s*0\)$/.test(paint);

/** "rgba(r, g, b, a)" is not SVG 1.1, which Word and librsvg read: split it into a colour and an opacity. */
function setPaint(el: Element, name: string, value: string, style: CSSStyleDeclaration): void {
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(value);
  if (rgba) {
    el.setAttribute(name, `rgb(${rgba[1]}, ${rgba[2]}, ${rgba[3]})`);
    const opacity = Number(style.getPropertyValue(`${name}-opacity`) || 1) * Number(rgba[4]);
    el.setAttribute(`${name}-opacity`, String(Math.round(opacity * 1000) / 1000));
    return;
  }
  // Computed url() values come quoted; the plain form is what every SVG reader takes.
  el.setAttribute(name, value.replace(/^url\("(.*)"\)$/, 'url($1)').replace(/px$/, ''));
}

function inline(original: Element, copy: Element, referenced: boolean): void {
  const name = original.localName;
  const inReference = referenced || REFERENCED.has(name);
  const style = getComputedStyle(original);
  if (!inReference) {
    const invisibleShape =
      SHAPES.has(name) && isClear(style.getPropertyValue('fill')) && isClear(style.getPropertyValue('stroke'));
    const emptyText = name === 'text' && !original.textContent?.trim();
    if (style.display === 'none' || style.visibility === 'hidden' || invisibleShape || emptyText) {
      copy.remove();
      return;
    }
  }
  for (const attr of [...copy.attributes]) if (SCREEN_ONLY_ATTRS.test(attr.name)) copy.removeAttribute(attr.name);
  if (SHAPES.has(name) || TEXTS.has(name)) {
    for (const [prop, initial] of Object.entries(PAINT)) {
      const value = style.getPropertyValue(prop);
      if (value && value !== initial) setPaint(copy, prop, value, style);
    }
  }
  if (TEXTS.has(name)) {
    for (const [prop, initial] of Object.entries(FONT)) {
      const value = style.getPropertyValue(prop);
      if (value && value !== initial) copy.setAttribute(prop, value.replace(/px$/, ''));
    }
    // text-transform is CSS only; SVG readers outside browsers would show the lower-case text.
    if (style.textTransform === 'uppercase')
      for (const node of copy.childNodes)
        if (node.nodeType === Node.TEXT_NODE) node.textContent = node.textContent!.toUpperCase();
  }
  const opacity = style.opacity;
  if (opacity !== '1' && !inReference) copy.setAttribute('opacity', opacity);
  const originals = [...original.children];
  const copies = [...copy.children];
  originals.forEach((child, i) => {
    if (child.namespaceURI === SVG_NS && copies[i]) inline(child, copies[i]!, inReference);
  });
}

/** The chart as one <svg> element with its look inlined; it must be on screen (not display: none). */
export function standaloneChart(svg: SVGSVGElement): StandaloneChart {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // Pictures are printed on white: read the light theme's colours even when the screen is in dark mode (dark.css).
  const root = document.documentElement;
  const wasLight = root.classList.contains('light-theme');
  root.classList.add('light-theme');
  try {
    inline(svg, copy, false);
  } finally {
    if (!wasLight) root.classList.remove('light-theme');
  }
  const box = svg.viewBox.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || box?.height || svg.clientHeight;
  const style = getComputedStyle(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-size', style.fontSize.replace(/px$/, ''));
  // Labels near the edge may overhang on screen; in a picture the frame cuts cleanly.
  copy.setAttribute('overflow', 'hidden');
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

// A disputed mark's extra parts in the app: the badge above its anchor and each source's claimed range as a
// thin line under it (claim-ranges.ts places them). Undisputed marks carry no extra element.
import { svgDisputeBadge } from '../ui/dispute-mark.ts';
import { CLAIM_RANGE_OFFSET, CLAIM_RANGE_STEP } from '../../../core/timeline/claim-ranges.ts';
import type { TimelineMark } from '../../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../../core/timeline/timeline-metrics.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Badge height above the mark's centre: clear of a bar, a point and the quote glyph. */
export const BADGE_DY = -(M.barHeight / 2 + 6);

export function drawDispute(g: SVGGElement, d: TimelineMark): void {
  const disputed = d.disputed.length > 0;
  // An attribute, not a class: draw-mark.ts owns the class and rewrites it whole.
  const fields = disputed ? d.disputed.join(' ') : null;
  if (g.getAttribute('data-disputed') !== fields) {
    if (fields === null) g.removeAttribute('data-disputed');
    else g.setAttribute('data-disputed', fields);
  }
  svgDisputeBadge(g, disputed, 0, BADGE_DY, disputed ? `Disputed: ${d.disputed.join(', ')}` : '');
  let layer = g.querySelector<SVGGElement>(':scope > g.claim-ranges');
  if (d.claimRanges.length === 0) {
    layer?.remove();
    return;
  }
  if (!layer) {
    layer = g.appendChild(document.createElementNS(SVG_NS, 'g'));
    layer.setAttribute('class', 'claim-ranges');
  }
  while (layer.childElementCount > d.claimRanges.length) layer.lastElementChild!.remove();
  d.claimRanges.forEach((r, i) => {
    let line = layer.children[i] as SVGRectElement | undefined;
    if (!line) {
      line = layer.appendChild(document.createElementNS(SVG_NS, 'rect'));
      line.setAttribute('class', 'claim-range');
      line.appendChild(document.createElementNS(SVG_NS, 'title'));
    }
    // Relative to the mark's anchor, as the mark's other parts are.
    line.setAttribute('x', String(Math.round((r.x - d.anchorX) * 100) / 100));
    line.setAttribute('y', String(CLAIM_RANGE_OFFSET + i * CLAIM_RANGE_STEP - 1));
    line.setAttribute('width', String(Math.round((r.x2 - r.x) * 100) / 100));
    line.setAttribute('height', '2');
    line.setAttribute('data-source', r.source);
    const open = r.openStart ? 'start' : r.openEnd ? 'end' : null;
    if (open) line.setAttribute('data-open', open);
    else line.removeAttribute('data-open');
    line.firstElementChild!.textContent = `${r.source}: ${r.label}`;
  });
}

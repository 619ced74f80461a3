// The disputed mark on paper, as the app draws it (client/src/ui/dispute-mark.ts, draw-dispute.ts): a ringed
// exclamation badge above the mark, each source's claimed date as a thin line under it, and a legend entry.
import type { TimelineMark } from '../timeline/timeline-layout.ts';
import { CLAIM_RANGE_OFFSET, CLAIM_RANGE_STEP } from '../timeline/claim-ranges.ts';
import { TIMELINE_METRICS as M } from '../timeline/timeline-metrics.ts';
import { el, num } from '../text/svg-element.ts';

/** Kept equal to the app's badge (client/src/ui/dispute-mark.ts); the server does not import UI code. */
const COLOUR = '#a4161a';
const RADIUS = 5;
const GLYPH = 'M-0.9,-3.3h1.8v4h-1.8zM-0.9,1.5h1.8v1.8h-1.8z';
const BADGE_DY = -(M.barHeight / 2 + 6);

export function disputeBadge(x: number, y: number): string {
  return el('g', { class: 'dispute-badge', transform: `translate(${num(x)},${num(y)})` }, [
    el('circle', { r: RADIUS, fill: '#ffffff', stroke: COLOUR, 'stroke-width': 1.5 }),
    el('path', { d: GLYPH, fill: COLOUR }),
  ]);
}

/** The badge and claimed ranges of a disputed mark; nothing for any other. */
export function disputeParts(m: TimelineMark): string {
  if (m.disputed.length === 0) return '';
  const ranges = m.claimRanges.map((r, i) =>
    el(
      'rect',
      {
        class: 'claim-range',
        'data-source': r.source,
        x: r.x,
        y: m.y + CLAIM_RANGE_OFFSET + i * CLAIM_RANGE_STEP - 1,
        width: Math.max(3, r.x2 - r.x),
        height: 2,
        fill: COLOUR,
        // A claim open at one end is a short stub from its known end, fainter (as in the app).
        'fill-opacity': r.openStart || r.openEnd ? 0.4 : 0.75,
      },
      [el('title', {}, `${r.source}: ${r.label}`)],
    ),
  );
  return [disputeBadge(m.anchorX, m.y + BADGE_DY), ...ranges].join('');
}

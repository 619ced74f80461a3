// The disputed mark on paper, as the app draws it (client/src/ui/dispute-mark.ts, draw-dispute.ts, with the same
// glyphs.ts): a ringed exclamation badge above the mark, and each source's claimed date as a thin line under it.
import type { TimelineMark } from '../timeline/timeline-layout.ts';
import { CLAIM_RANGE_OFFSET, CLAIM_RANGE_STEP } from '../timeline/claim-ranges.ts';
import { TIMELINE_METRICS as M } from '../timeline/timeline-metrics.ts';
import { el, num } from '../text/svg-element.ts';
import { DISPUTE_BADGE } from './glyphs.ts';

const { colour: COLOUR, radius: RADIUS, glyph: GLYPH } = DISPUTE_BADGE;
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

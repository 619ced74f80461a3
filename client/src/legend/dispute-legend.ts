// The legend's entry for the dispute badge (ui/dispute-mark.ts), shown once anything on screen is disputed.
import type { Selection } from 'd3-selection';
import { DISPUTE_BADGE } from '../../../core/picture/glyphs.ts';

export const DISPUTE_LEGEND_ITEM = {
  key: 'disputed',
  label: 'Sources disagree (the evidence panel shows who says what)',
  draw: (svg: Selection<SVGSVGElement, unknown, null, undefined>): void => {
    const g = svg.append('g').attr('class', 'dispute-badge').attr('transform', 'translate(13,7)');
    // Inline colours too, so the downloaded picture's legend (copied from this) keeps them.
    g.append('circle').attr('r', DISPUTE_BADGE.radius).attr('fill', '#fff').attr('stroke', DISPUTE_BADGE.colour);
    g.append('path').attr('d', DISPUTE_BADGE.glyph).attr('fill', DISPUTE_BADGE.colour);
  },
};

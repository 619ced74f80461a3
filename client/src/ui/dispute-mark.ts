// The one mark for "the sources disagree about this": a small ringed exclamation badge, the same in the
// timeline, the network and the list, so a reader learns it once. Its parts are made once per host element.
import { DISPUTE_BADGE } from '../../../core/picture/glyphs.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Shows (making it once) or hides the badge of an SVG mark, centred at x, y of its parent's coordinates. */
export function svgDisputeBadge(host: SVGGElement, show: boolean, x = 0, y = 0, title = ''): void {
  let badge = host.querySelector<SVGGElement>(':scope > g.dispute-badge');
  if (!show) {
    badge?.remove();
    return;
  }
  if (!badge) {
    badge = document.createElementNS(SVG_NS, 'g');
    badge.setAttribute('class', 'dispute-badge');
    badge.setAttribute('aria-hidden', 'true');
    const ring = badge.appendChild(document.createElementNS(SVG_NS, 'circle'));
    ring.setAttribute('r', String(DISPUTE_BADGE.radius));
    const glyph = badge.appendChild(document.createElementNS(SVG_NS, 'path'));
    glyph.setAttribute('d', DISPUTE_BADGE.glyph);
    badge.appendChild(document.createElementNS(SVG_NS, 'title'));
    host.appendChild(badge);
  }
  const transform = `translate(${Math.round(x * 100) / 100},${Math.round(y * 100) / 100})`;
  if (badge.getAttribute('transform') !== transform) badge.setAttribute('transform', transform);
  const titleEl = badge.querySelector('title')!;
  if (titleEl.textContent !== title) titleEl.textContent = title;
}

/** The list's (HTML) form of the badge: a "disputed" chip whose title says what about. */
export function htmlDisputeChip(host: HTMLElement, sentence: string | null): void {
  let chip = host.querySelector<HTMLElement>(':scope > .dispute-chip');
  if (!sentence) {
    chip?.remove();
    return;
  }
  if (!chip) {
    chip = host.appendChild(document.createElement('span'));
    chip.className = 'dispute-chip';
    chip.textContent = 'disputed';
  }
  chip.title = sentence;
  chip.setAttribute('aria-label', `disputed: ${sentence}`);
}

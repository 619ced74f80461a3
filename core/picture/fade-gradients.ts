// Fading fills for bars whose start or end is unknown: one gradient per colour and direction, made
// on first use so the picture only defines what it draws.
import { el } from '../text/svg-element.ts';

export class FadeGradients {
  private readonly ids = new Map<string, { id: string; colour: string; side: 'start' | 'end' }>();

  /** A fill that is transparent at the unknown `side` and the full colour at the other. */
  fill(colour: string, side: 'start' | 'end'): string {
    const key = `${colour}|${side}`;
    let g = this.ids.get(key);
    if (!g) this.ids.set(key, (g = { id: `fade-${side}-${this.ids.size}`, colour, side }));
    return `url(#${g.id})`;
  }

  defs(): string {
    return [...this.ids.values()]
      .map(({ id, colour, side }) =>
        el('linearGradient', { id, x1: 0, x2: 1, y1: 0, y2: 0 }, [
          // As the app's mask: transparent at the unknown end, solid from 85% of the way to the known one.
          el('stop', {
            offset: side === 'start' ? 0 : 0.15,
            'stop-color': colour,
            'stop-opacity': side === 'start' ? 0 : 1,
          }),
          el('stop', {
            offset: side === 'start' ? 0.85 : 1,
            'stop-color': colour,
            'stop-opacity': side === 'start' ? 1 : 0,
          }),
        ]),
      )
      .join('');
  }
}

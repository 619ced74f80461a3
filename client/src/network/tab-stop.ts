import type { Selection } from 'd3-selection';

/**
 * The one mark in a layer that Tab reaches (the others are reached with the arrow keys): the one already
 * focused if it is still drawn, so redrawing never steals keyboard focus; otherwise the selected one, else the first.
 */
export function tabStopId(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  ids: string[],
  selectedId: string | null,
): string | null {
  const kept = layer.select<SVGGElement>('[tabindex="0"]').node()?.getAttribute('data-id') ?? null;
  if (kept && ids.includes(kept)) return kept;
  if (selectedId && ids.includes(selectedId)) return selectedId;
  return ids[0] ?? null;
}

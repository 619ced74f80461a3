// One floating tooltip per page, filled with text nodes only (never HTML from data).
import { select, type Selection } from 'd3-selection';

export interface TooltipContent {
  title: string;
  lines: string[];
}

export interface Tooltip {
  show(content: TooltipContent, anchor: { x: number; y: number }): void;
  hide(): void;
}

export function createTooltip(parent: HTMLElement = document.body): Tooltip {
  const root: Selection<HTMLDivElement, unknown, null, undefined> = select(parent)
    .append('div')
    .attr('class', 'tooltip')
    .attr('role', 'tooltip')
    .attr('hidden', '');
  return {
    show(content, anchor) {
      root.selectAll('*').remove();
      root.append('strong').text(content.title);
      for (const line of content.lines) root.append('span').text(line);
      root.attr('hidden', null);
      const node = root.node()!;
      const { width, height } = node.getBoundingClientRect();
      const x = Math.min(window.innerWidth - width - 8, Math.max(8, anchor.x - width / 2));
      const above = anchor.y - height - 12;
      const y = above < 8 ? anchor.y + 18 : above;
      root.style('left', `${x + window.scrollX}px`).style('top', `${y + window.scrollY}px`);
    },
    hide() {
      root.attr('hidden', '');
    },
  };
}

/** Where to anchor a tooltip for an element: its top centre in viewport coordinates. */
export function anchorOf(element: Element): { x: number; y: number } {
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top };
}

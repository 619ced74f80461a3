// Arrow-key movement between a chart's marks with a roving tabindex: the chart is one Tab stop, and
// the arrows walk its marks in document order (which the layouts make time order).

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

export function rovingKeydown(event: KeyboardEvent, container: Element, selector: string): void {
  if (!NEXT.has(event.key) && !PREVIOUS.has(event.key) && event.key !== 'Home' && event.key !== 'End') return;
  const items = [...container.querySelectorAll<SVGElement | HTMLElement>(selector)];
  const current = items.indexOf(event.currentTarget as SVGElement | HTMLElement);
  if (items.length === 0 || current === -1) return;
  event.preventDefault();
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? items.length - 1
        : NEXT.has(event.key)
          ? Math.min(items.length - 1, current + 1)
          : Math.max(0, current - 1);
  const target = items[next];
  if (!target) return;
  for (const item of items) item.setAttribute('tabindex', item === target ? '0' : '-1');
  target.focus();
}

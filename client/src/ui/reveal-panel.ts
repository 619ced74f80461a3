// Brings the evidence panel to the reader after a click: on a wide screen it sits beside the chart
// (styles/responsive.css), elsewhere it can be far below the mark that was clicked, so it is scrolled to and focus
// moves into it.

/** True when the panel's top is on screen, with room to read its first lines. */
export function isPanelInView(rect: Pick<DOMRect, 'top' | 'bottom'>, viewportHeight: number): boolean {
  return rect.top >= 0 && rect.top < viewportHeight - 120 && rect.bottom > 0;
}

export function revealPanel(panel: HTMLElement): void {
  if (isPanelInView(panel.getBoundingClientRect(), window.innerHeight)) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  panel.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  // Keyboard and screen-reader users continue where the content now is; Tab from here goes on through it.
  panel.focus({ preventScroll: true });
}

/** The filters folded behind one button on narrow screens (CSS shows the button only there). */
export function foldableFilters(button: HTMLButtonElement, filters: HTMLElement): void {
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('filters-open', open);
  };
  set(false);
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  filters.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && button.offsetParent !== null) {
      set(false);
      button.focus();
    }
  });
}

// The page's fixed elements, looked up once at start: a missing one means index.html and the code disagree,
// so it fails loudly by its selector instead of drawing nothing.

export function element<T extends HTMLElement = HTMLElement>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector} in index.html`);
  return el;
}

export function appHosts() {
  return {
    filters: element('#filters'),
    timelineView: element('[data-view="timeline"]'),
    timelineChart: element('#timeline-chart'),
    overview: element('#timeline-overview'),
    timelineLegend: element('#timeline-legend'),
    listView: element('[data-view="list"]'),
    list: element('#item-list'),
    networkChart: element('#network-chart'),
    networkLegend: element('#network-legend'),
    detail: element('#detail'),
    status: element('#status'),
    openFull: element<HTMLAnchorElement>('.embed-footer .open-full'),
  };
}

export type AppHosts = ReturnType<typeof appHosts>;

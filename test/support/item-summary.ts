// A timeline item cut to what a summary holds (store.ts TimelineItemSummary): the lists only whole items carry go.
const WHOLE_ONLY = ['links', 'statementIds', 'quoteIds', 'evidence'];

export function itemSummary(item: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !WHOLE_ONLY.includes(key)));
}

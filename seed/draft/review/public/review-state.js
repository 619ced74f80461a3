// The review page's state (the draft document, the article text, what is rejected and which item is current) and
// the pure readings of it that every other module of the page shares.
const LISTS = ['citations', 'actors', 'events', 'statements', 'relationships'];
export const KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP', 'MEDIA'];
export const $ = (id) => document.getElementById(id);
export const state = {
  file: '',
  text: '',
  doc: null,
  known: [],
  rejected: new Set(),
  current: 0,
  editing: null,
  selection: null,
};

export const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '') || 'item';
export const listOf = (name) => (name === 'citations' ? state.doc.source.citations : state.doc[name]);
export const items = () => LISTS.flatMap((list) => (listOf(list) ?? []).map((item) => ({ list, item })));
export const statusOf = (e) => (state.rejected.has(e.item) ? 'rejected' : (e.item.review?.status ?? 'accepted'));
const actorName = (id) => state.doc.actors.find((a) => a.id === id)?.name ?? id;

export function label({ list, item }) {
  if (list === 'actors') return `${item.name} (${item.kind}) · ${item.id}`;
  if (list === 'events') return `${item.title} [${item.kind}, ${item.date}]`;
  if (list === 'statements')
    return `${actorName(item.speaker)}: “${item.text.slice(0, 140)}” [${item.kind}, ${item.date}]`;
  if (list === 'relationships')
    return `${actorName(item.source)} ${item.type} ${actorName(item.target)}${item.date ? ` [${item.date}]` : ''}`;
  return `cites ${actorName(item.actor)}`;
}

/** The document as it will be saved: rejected items left out. */
export function docOut() {
  const keep = (xs) => xs.filter((x) => !state.rejected.has(x));
  const d = state.doc;
  return {
    ...d,
    source: { ...d.source, citations: keep(d.source.citations ?? []) },
    actors: keep(d.actors),
    events: keep(d.events),
    statements: keep(d.statements),
    relationships: keep(d.relationships),
  };
}

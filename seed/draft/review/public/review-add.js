// Adding an item the drafter missed, from text selected in the article.
import { edit } from './review-actions.js';
import { validate } from './review-api.js';
import { $, items, listOf, slug, state } from './review-state.js';

/** Text offsets of the selection inside the article, or null (kept as it changes: clicking "Add" may clear it). */
export function selectedOffsets() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !$('text').contains(sel.anchorNode)) return null;
  const at = (node, offset) => Number((node.nodeType === 3 ? node.parentElement : node).dataset.start ?? 0) + offset;
  const a = at(sel.anchorNode, sel.anchorOffset);
  const b = at(sel.focusNode, sel.focusOffset);
  return a < b ? { start: a, end: b } : { start: b, end: a };
}

export function addSelection() {
  if (!state.selection) return;
  const { start, end } = state.selection;
  const quote = state.text.slice(start, end);
  if (!quote.trim()) return;
  const evidence = [{ start, end, quote }];
  const published = state.doc.source.publishedAt;
  const review = { status: 'added' };
  const list = $('add-kind').value;
  const speaker = state.doc.actors[0]?.id ?? 'unknown';
  const made = {
    actors: { id: slug(quote), name: quote, kind: 'PERSON', aliases: [], roles: [], evidence, review },
    events: {
      id: slug(quote.split(/\s+/).slice(0, 6).join(' ')),
      title: quote.slice(0, 80),
      kind: 'occurrence',
      date: `../${published}`,
      participants: [],
      links: [],
      evidence,
      review,
    },
    statements: {
      id: `${speaker}-${slug(quote.split(/\s+/).slice(0, 6).join(' '))}`,
      speaker,
      kind: 'QUOTE',
      text: quote,
      date: `../${published}`,
      evidence,
      review,
    },
  }[list];
  listOf(list).push(made);
  const i = items().findIndex((e) => e.item === made);
  window.getSelection()?.removeAllRanges();
  state.selection = null;
  edit(i);
  validate();
}

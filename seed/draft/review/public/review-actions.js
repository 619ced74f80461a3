// What the reviewer does to items (move, accept, reject, edit) and the redraw and re-validation that follow.
import { validate } from './review-api.js';
import { renderItems } from './review-items.js';
import { $, items, state } from './review-state.js';
import { renderText } from './review-text.js';

/** The handlers the drawn items call. */
const handlers = { pick: focusItem, accept, edit, reject, done: changed };

export function focusItem(i) {
  state.current = Math.max(0, Math.min(i, items().length - 1));
  render();
}

export function render() {
  renderText(focusItem);
  renderItems(handlers);
  const li = $('items').children[state.current];
  if (li && state.editing === null) {
    li.focus();
    li.scrollIntoView({ block: 'nearest' });
  }
}

export function changed(next) {
  state.current = next;
  render();
  validate();
}

export function accept(i) {
  const { item } = items()[i];
  state.rejected.delete(item);
  if (!item.review || item.review.status === 'proposed') item.review = { ...item.review, status: 'accepted' };
  changed(Math.min(i + 1, items().length - 1));
}
export function reject(i) {
  const { item } = items()[i];
  if (state.rejected.has(item)) state.rejected.delete(item);
  else state.rejected.add(item);
  changed(Math.min(i + 1, items().length - 1));
}
export function edit(i) {
  state.editing = i;
  state.current = i;
  render();
}

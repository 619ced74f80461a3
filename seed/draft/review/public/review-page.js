// The review page: the article with every proposed span highlighted by type, and the proposed items to accept,
// edit or reject. Plain JS modules served as is (no build step); the server validates with the real validator.
// This entry wires keys and buttons and loads the document; the pieces live in the review-*.js modules.
import { accept, changed, edit, focusItem, reject, render } from './review-actions.js';
import { addSelection, selectedOffsets } from './review-add.js';
import { save, showIssues } from './review-api.js';
import { $, items, state, statusOf } from './review-state.js';

document.addEventListener('keydown', (ev) => {
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 's') {
    ev.preventDefault();
    save();
    return;
  }
  if (ev.target.closest?.('form, select, input, textarea') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const keys = {
    j: () => focusItem(state.current + 1),
    ArrowDown: () => focusItem(state.current + 1),
    k: () => focusItem(state.current - 1),
    ArrowUp: () => focusItem(state.current - 1),
    a: () => accept(state.current),
    r: () => reject(state.current),
    e: () => edit(state.current),
  };
  if (keys[ev.key] && !ev.target.closest?.('button')) {
    ev.preventDefault();
    keys[ev.key]();
  }
});
document.addEventListener('selectionchange', () => {
  const now = selectedOffsets();
  if (now) state.selection = now;
  if (now || document.activeElement?.closest?.('#add-bar') === null) $('add-bar').hidden = !now;
});
$('add').addEventListener('click', addSelection);
$('save').addEventListener('click', save);
$('accept-all').addEventListener('click', () => {
  for (const e of items()) if (statusOf(e) === 'proposed') e.item.review = { ...e.item.review, status: 'accepted' };
  changed(state.current);
});

const data = await (await fetch('/api/document')).json();
Object.assign(state, { file: data.file, text: data.text, doc: data.doc, known: data.knownActors });
state.doc.source.citations ??= [];
for (const k of ['events', 'statements', 'relationships']) state.doc[k] ??= [];
$('title').textContent = `Review: ${data.doc.source.title}`;
render();
showIssues(data.issues);
document.body.dataset.ready = 'true';

// The list of proposed items to accept, edit or reject, and the count of those still proposed.
import { editForm } from './review-edit-form.js';
import { $, items, label, state, statusOf } from './review-state.js';
import { renderText } from './review-text.js';

/**
 * The items to review, each with its status, the drafter's reason and Accept/Edit/Reject buttons; `on` holds
 * the page's handlers: pick, accept, edit, reject (each given the item's index) and done (after an edit).
 */
export function renderItems(on) {
  const ul = $('items');
  ul.replaceChildren();
  items().forEach((e, i) => {
    const li = document.createElement('li');
    const status = statusOf(e);
    li.className = `${e.list} ${status}`;
    li.tabIndex = 0;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === state.current));
    li.dataset.index = String(i);
    const head = document.createElement('div');
    head.textContent = `${e.list.slice(0, -1)}: ${label(e)}`;
    const st = document.createElement('span');
    st.className = 'status';
    st.textContent = status;
    head.append(st);
    const why = document.createElement('div');
    why.className = 'why';
    const r = e.item.review;
    why.textContent = r?.reason
      ? `${r.confidence !== undefined ? `${Math.round(r.confidence * 100)}% · ` : ''}${r.reason}`
      : '';
    const buttons = document.createElement('div');
    for (const [name, act] of [
      ['Accept', on.accept],
      ['Edit', on.edit],
      [status === 'rejected' ? 'Undo reject' : 'Reject', on.reject],
    ]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = name;
      b.addEventListener('click', () => act(i));
      buttons.append(b);
    }
    li.append(head, why, buttons);
    if (state.editing === i) li.append(editForm(e, i, on.done));
    li.addEventListener('focus', () => {
      if (state.current !== i) {
        state.current = i;
        renderText(on.pick);
      }
    });
    ul.append(li);
  });
  const left = items().filter((e) => statusOf(e) === 'proposed').length;
  $('progress').textContent = `${left} of ${items().length} items still proposed`;
}

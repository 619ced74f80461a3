// Talking to the review server: every change is validated there with the real validator, and Save writes the file.
import { $, docOut, state } from './review-state.js';

async function post(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.json();
}

export function showIssues(issues) {
  const other = issues.filter((i) => !i.path.endsWith('.review'));
  const el = $('issues');
  el.replaceChildren();
  if (other.length === 0) return;
  const ul = document.createElement('ul');
  for (const i of other) {
    const li = document.createElement('li');
    li.textContent = `${i.path}: ${i.message}`;
    ul.append(li);
  }
  el.append(`${other.length} problem${other.length > 1 ? 's' : ''} to fix before saving:`, ul);
}

export async function validate() {
  showIssues((await post('/api/validate', docOut())).issues);
}

export async function save() {
  // Cleared first, so whoever waits for the outcome waits for this save's.
  delete document.body.dataset.saved;
  $('saved').textContent = 'Saving…';
  const r = await post('/api/save', docOut());
  showIssues(r.issues);
  const left = r.issues.filter((i) => i.path.endsWith('.review')).length;
  $('saved').textContent = !r.saved
    ? 'Not saved: fix the problems listed'
    : r.loadable
      ? `Saved ${state.file}: ready for the seed and the server`
      : `Saved ${state.file}; ${left} items still proposed`;
  document.body.dataset.saved = r.saved && r.loadable ? 'loadable' : r.saved ? 'partial' : 'refused';
}

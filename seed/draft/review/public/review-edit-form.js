// Editing one item in place: a field per property, actors linked to ones the graph already knows.
import { KINDS, state } from './review-state.js';

function field(form, name, value, options) {
  const l = document.createElement('label');
  l.textContent = name;
  let input;
  if (options) {
    input = document.createElement('select');
    for (const [v, text] of options) input.append(new Option(text, v, false, v === value));
  } else {
    input = document.createElement(name === 'text' ? 'textarea' : 'input');
    input.value = value ?? '';
  }
  input.name = name;
  l.htmlFor = input.id = `f-${name}`;
  form.append(l, input);
}

/** The form that edits one item in place; `done(index)` runs after Apply or Escape. */
export function editForm({ list, item }, i, done) {
  const form = document.createElement('form');
  form.className = 'edit';
  const actors = state.doc.actors.filter((a) => !state.rejected.has(a)).map((a) => [a.id, `${a.name} (${a.id})`]);
  if (list === 'actors') {
    field(form, 'name', item.name);
    field(
      form,
      'kind',
      item.kind,
      KINDS.map((k) => [k, k]),
    );
    const own = state.known.some((k) => k.id === item.id) ? [] : [[item.id, `new: ${item.id}`]];
    field(form, 'linked actor', item.id, [...own, ...state.known.map((k) => [k.id, `${k.name} (${k.id})`])]);
  } else if (list === 'events') {
    field(form, 'title', item.title);
    field(form, 'kind', item.kind);
    field(form, 'date', item.date);
  } else if (list === 'statements') {
    field(form, 'text', item.text);
    field(form, 'kind', item.kind, [
      ['QUOTE', 'QUOTE'],
      ['PARAPHRASE', 'PARAPHRASE'],
    ]);
    field(form, 'speaker', item.speaker, actors);
    field(form, 'date', item.date);
  } else if (list === 'relationships') {
    field(form, 'source', item.source, actors);
    field(form, 'type', item.type);
    field(form, 'target', item.target, actors);
    field(form, 'date', item.date ?? '');
  } else field(form, 'actor', item.actor, actors);
  const ok = document.createElement('button');
  ok.textContent = 'Apply';
  form.append(document.createElement('span'), ok);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = Object.fromEntries(new FormData(form));
    if (list === 'actors') {
      const known = state.known.find((k) => k.id === v['linked actor']);
      if (v['linked actor'] !== item.id) renameActor(item.id, v['linked actor']);
      Object.assign(item, known ? { name: known.name, kind: known.kind } : { name: v.name, kind: v.kind });
    } else {
      for (const [k, val] of Object.entries(v)) {
        if (k === 'date' && list === 'relationships' && val === '') delete item.date;
        else item[k] = val;
      }
    }
    item.review = { ...item.review, status: item.review?.status === 'added' ? 'added' : 'edited' };
    state.editing = null;
    done(i);
  });
  form.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      state.editing = null;
      done(i);
    }
  });
  queueMicrotask(() => form.querySelector('input, select, textarea')?.focus());
  return form;
}

/** Links an actor to another id: every reference follows. */
function renameActor(from, to) {
  const d = state.doc;
  const swap = (o, k) => {
    if (o[k] === from) o[k] = to;
  };
  for (const a of d.actors) {
    if (a.id === from) a.id = to;
    for (const r of a.roles ?? []) swap(r, 'of');
  }
  for (const e of d.events) for (const p of e.participants ?? []) swap(p, 'actor');
  for (const s of d.statements) swap(s, 'speaker');
  for (const r of d.relationships) {
    swap(r, 'source');
    swap(r, 'target');
  }
  for (const c of d.source.citations ?? []) swap(c, 'actor');
}

// The review page: the article with every proposed span highlighted by type, and the proposed items to accept,
// edit or reject. Plain JS served as is (no build step); the server validates with the real validator.
const LISTS = ['citations', 'actors', 'events', 'statements', 'relationships'];
const KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP', 'MEDIA'];
const $ = (id) => document.getElementById(id);
const state = {
  file: '',
  text: '',
  doc: null,
  known: [],
  rejected: new Set(),
  current: 0,
  editing: null,
  selection: null,
};

const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '') || 'item';
const listOf = (name) => (name === 'citations' ? state.doc.source.citations : state.doc[name]);
const items = () => LISTS.flatMap((list) => (listOf(list) ?? []).map((item) => ({ list, item })));
const statusOf = (e) => (state.rejected.has(e.item) ? 'rejected' : (e.item.review?.status ?? 'accepted'));
const actorName = (id) => state.doc.actors.find((a) => a.id === id)?.name ?? id;

function label({ list, item }) {
  if (list === 'actors') return `${item.name} (${item.kind}) · ${item.id}`;
  if (list === 'events') return `${item.title} [${item.kind}, ${item.date}]`;
  if (list === 'statements')
    return `${actorName(item.speaker)}: “${item.text.slice(0, 140)}” [${item.kind}, ${item.date}]`;
  if (list === 'relationships')
    return `${actorName(item.source)} ${item.type} ${actorName(item.target)}${item.date ? ` [${item.date}]` : ''}`;
  return `cites ${actorName(item.actor)}`;
}

/** The document as it will be saved: rejected items left out. */
function docOut() {
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

function renderText() {
  const spans = [];
  items().forEach((e, i) => {
    if (state.rejected.has(e.item)) return;
    for (const s of e.item.evidence ?? []) spans.push({ ...s, list: e.list, i });
  });
  const cuts = [...new Set([0, state.text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const el = $('text');
  el.replaceChildren();
  for (let k = 0; k < cuts.length - 1; k++) {
    const [from, to] = [cuts[k], cuts[k + 1]];
    // The narrowest span over a stretch of text decides its colour.
    const over = spans
      .filter((s) => s.start <= from && to <= s.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const node = document.createElement(over.length ? 'mark' : 'span');
    node.textContent = state.text.slice(from, to);
    node.dataset.start = String(from);
    if (over.length) {
      node.className = over[0].list + (over.some((s) => s.i === state.current) ? ' current' : '');
      node.title = [...new Set(over.map((s) => label(items()[s.i])))].join('\n');
      node.addEventListener('click', () => focusItem(over[0].i));
    }
    el.append(node);
  }
}

function renderItems() {
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
      ['Accept', accept],
      ['Edit', edit],
      [status === 'rejected' ? 'Undo reject' : 'Reject', reject],
    ]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = name;
      b.addEventListener('click', () => act(i));
      buttons.append(b);
    }
    li.append(head, why, buttons);
    if (state.editing === i) li.append(editForm(e, i));
    li.addEventListener('focus', () => {
      if (state.current !== i) {
        state.current = i;
        renderText();
      }
    });
    ul.append(li);
  });
  const left = items().filter((e) => statusOf(e) === 'proposed').length;
  $('progress').textContent = `${left} of ${items().length} items still proposed`;
}

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

function editForm({ list, item }, i) {
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
    changed(i);
  });
  form.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      state.editing = null;
      changed(i);
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

function accept(i) {
  const { item } = items()[i];
  state.rejected.delete(item);
  if (!item.review || item.review.status === 'proposed') item.review = { ...item.review, status: 'accepted' };
  changed(Math.min(i + 1, items().length - 1));
}
function reject(i) {
  const { item } = items()[i];
  if (state.rejected.has(item)) state.rejected.delete(item);
  else state.rejected.add(item);
  changed(Math.min(i + 1, items().length - 1));
}
function edit(i) {
  state.editing = i;
  state.current = i;
  render();
}

/** Text offsets of the selection inside the article, or null (kept as it changes: clicking "Add" may clear it). */
function selectedOffsets() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !$('text').contains(sel.anchorNode)) return null;
  const at = (node, offset) => Number((node.nodeType === 3 ? node.parentElement : node).dataset.start ?? 0) + offset;
  const a = at(sel.anchorNode, sel.anchorOffset);
  const b = at(sel.focusNode, sel.focusOffset);
  return a < b ? { start: a, end: b } : { start: b, end: a };
}

function addSelection() {
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

function focusItem(i) {
  state.current = Math.max(0, Math.min(i, items().length - 1));
  render();
}

function render() {
  renderText();
  renderItems();
  const li = $('items').children[state.current];
  if (li && state.editing === null) {
    li.focus();
    li.scrollIntoView({ block: 'nearest' });
  }
}

function changed(next) {
  state.current = next;
  render();
  validate();
}

async function post(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.json();
}

function showIssues(issues) {
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

async function validate() {
  showIssues((await post('/api/validate', docOut())).issues);
}

async function save() {
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

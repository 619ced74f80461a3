// The article text, each proposed span highlighted by the list its item belongs to.
import { $, items, label, state } from './review-state.js';

/** The article with every live item's evidence marked; clicking a mark picks its item (`onPick(index)`). */
export function renderText(onPick) {
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
      node.addEventListener('click', () => onPick(over[0].i));
    }
    el.append(node);
  }
}

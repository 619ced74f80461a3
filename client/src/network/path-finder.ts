// "How are these two connected?": pick two actors (the first defaults to the one focused in the network), and
// the shortest paths between them are listed hop by hop with their evidence. The component only draws and
// reports choices; main.ts asks the API and highlights the paths in the network.
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import type { ApiPath, ApiPathHop } from '../api/path-queries.ts';
import { afterNextFrame } from '../ui/yield-to-main.ts';
import './path-finder.css';

export interface PathFinderData {
  /** The actors one can pick, by name. */
  actors: ReadonlyArray<{ id: string; name: string }>;
  fromId: string | null;
  toId: string | null;
  status: 'idle' | 'loading' | 'done' | 'error';
  paths: readonly ApiPath[];
  /** What went wrong, when status is error. */
  error: string | null;
}

interface PathFinderEventMap {
  find: [fromId: string, toId: string];
  clear: [];
}

type Root = Selection<HTMLElement, PathFinderData, null, undefined>;

/** LEADS -> "leads", REJECTED_PROPOSAL_OF -> "rejected proposal of". */
const relationWords = (type: string) => type.toLowerCase().replaceAll('_', ' ');

function summary(d: PathFinderData): string {
  if (d.status === 'loading') return 'Looking for paths…';
  if (d.status === 'error') return `Could not find paths: ${d.error ?? 'unknown error'}`;
  if (d.status === 'idle') return '';
  if (d.paths.length === 0) return 'Not connected within 4 relationships.';
  const hops = d.paths[0]!.length;
  const n = d.paths.length;
  return `${n} shortest ${n === 1 ? 'path' : 'paths'} of ${hops} ${hops === 1 ? 'relationship' : 'relationships'}`;
}

/** Options added per frame: each slice's style is worked out in its own frame, not all 4,000 in one. */
const OPTION_SLICE = 200;

/**
 * Gives both selects one option per actor, a slice per frame (`current` false: a newer list took over, stop),
 * then shows `chosen()`'s choices once their options exist.
 */
async function fillOptions(
  root: Selection<HTMLElement, unknown, null, undefined>,
  actors: PathFinderData['actors'],
  current: () => boolean,
  chosen: () => PathFinderData,
): Promise<void> {
  const [from, to] = ['from', 'to'].map((name) => root.select<HTMLSelectElement>(`select[name="${name}"]`).node()!);
  for (const select of [from!, to!]) for (const old of select.querySelectorAll('option.actor')) old.remove();
  for (let i = 0; i < actors.length; i += OPTION_SLICE) {
    await afterNextFrame();
    if (!current()) return;
    const options = document.createDocumentFragment();
    for (const a of actors.slice(i, i + OPTION_SLICE)) {
      const option = new Option(a.name, a.id);
      option.className = 'actor';
      options.append(option);
    }
    to!.append(options.cloneNode(true));
    from!.append(options);
    chooseActors(root, chosen());
  }
}

function chooseActors(root: Selection<HTMLElement, unknown, null, undefined>, d: PathFinderData): void {
  root.select<HTMLSelectElement>('select[name="from"]').property('value', d.fromId ?? '');
  root.select<HTMLSelectElement>('select[name="to"]').property('value', d.toId ?? '');
}

export function pathFinder() {
  const listeners = dispatch<object, PathFinderEventMap>('find', 'clear');
  /** The actor list the two selects' options were made from. */
  let optionsOf: PathFinderData['actors'] | null = null;
  /** The data last drawn: the options, once in, show its choices. */
  let latest: PathFinderData | null = null;

  function view(selection: Root): void {
    const d = selection.datum();
    const root = select(selection.node()!);
    if (root.select('form.path-form').empty()) create(root);
    latest = d;
    // Thousands of options: rebuilt only when the actor list is a new one (every render passes the same array),
    // a slice per frame after the drawing that brought the list (a big network's first render).
    if (d.actors !== optionsOf) {
      const actors = (optionsOf = d.actors);
      void fillOptions(
        root,
        actors,
        () => optionsOf === actors,
        () => latest!,
      );
    }
    chooseActors(root, d);
    root.select('button.clear-paths').property('hidden', d.status === 'idle');
    root.select('p.path-status').text(summary(d));
    const items = root
      .select('ol.path-list')
      .selectAll<HTMLLIElement, ApiPath>('li.path')
      .data(d.status === 'done' ? d.paths : [], (p) => p.hops.map((h) => h.relationship.id).join(' '))
      .join((enter) => {
        const li = enter.append('li').attr('class', 'path');
        li.append('p').attr('class', 'path-actors');
        li.append('ol').attr('class', 'hops');
        return li;
      });
    items
      .select('p.path-actors')
      .text((p) => [p.hops[0]?.from.name ?? '', ...p.hops.map((h) => h.to.name)].join(' → '));
    items
      .select('ol.hops')
      .selectAll<HTMLLIElement, ApiPathHop>('li.hop')
      .data((p) => p.hops)
      .join((enter) => {
        const li = enter.append('li').attr('class', 'hop');
        const what = li.append('p').attr('class', 'hop-what');
        what.append('strong').attr('class', 'hop-source');
        what.append('span').attr('class', 'hop-type');
        what.append('strong').attr('class', 'hop-target');
        what.append('span').attr('class', 'hop-date');
        li.append('ul').attr('class', 'hop-evidence');
        return li;
      })
      .attr('data-id', (h) => h.relationship.id)
      .call((li) => {
        // The relationship reads in its own direction, whichever way the path walks it.
        const forwards = (h: ApiPathHop) => h.relationship.source.id === h.from.id;
        li.select('.hop-source').text((h) => (forwards(h) ? h.from.name : h.to.name));
        li.select('.hop-type').text((h) => ` ${relationWords(h.relationship.type)} `);
        li.select('.hop-target').text((h) => (forwards(h) ? h.to.name : h.from.name));
        li.select('.hop-date').text((h) => (h.relationship.date ? ` · ${h.relationship.date.label}` : ' · undated'));
        li.select('ul.hop-evidence')
          .selectAll('li')
          .data((h) => h.relationship.evidence)
          .join((enter) => {
            const e = enter.append('li');
            e.append('q').attr('class', 'evidence-quote');
            e.append('cite').attr('class', 'evidence-source');
            return e;
          })
          .call((e) => {
            e.select('q').text((ev) => ev.quote);
            e.select('cite').text((ev) => ` ${ev.source.publisher}, ${ev.source.publishedAt}`);
          });
      });
  }

  function create(root: Selection<HTMLElement, unknown, null, undefined>): void {
    root.append('h3').attr('class', 'path-title').text('How are they connected?');
    const form = root.append('form').attr('class', 'path-form');
    for (const [name, label] of [
      ['from', 'From'],
      ['to', 'To'],
    ] as const) {
      const field = form.append('label').attr('class', 'path-field');
      field.append('span').text(label);
      const choice = field.append('select').attr('name', name).attr('required', '');
      choice.append('option').attr('value', '').text('Pick an actor');
    }
    form.append('button').attr('type', 'submit').attr('class', 'action find-paths').text('Show paths');
    form
      .append('button')
      .attr('type', 'button')
      .attr('class', 'action clear-paths')
      .text('Clear')
      .on('click', () => listeners.call('clear', undefined));
    form.on('submit', (event: SubmitEvent) => {
      event.preventDefault();
      const value = (name: string) => form.select<HTMLSelectElement>(`select[name="${name}"]`).property('value');
      const from = String(value('from'));
      const to = String(value('to'));
      if (from && to && from !== to) listeners.call('find', undefined, from, to);
    });
    root.append('p').attr('class', 'path-status').attr('aria-live', 'polite');
    root.append('ol').attr('class', 'path-list');
  }

  view.on = <K extends keyof PathFinderEventMap>(type: K, listener: (...args: PathFinderEventMap[K]) => void) => {
    listeners.on(type, listener as never);
    return view;
  };
  return view;
}

// Search and filters: text, actor kind, event kind, date window, lane mode, chart/list, and the link to
// the current view. It only reports changes; main.ts owns the state.
import { formatDay, parseDay } from './day-input.ts';
import { dispatch } from 'd3-dispatch';
import { select, type Selection } from 'd3-selection';
import { ACTOR_KINDS, type ActorKind } from '../../../core/domain/types.ts';
import type { ViewState } from '../../../core/view-state/view-state.ts';
import { ACTOR_STYLE, humanizeKind } from '../../../core/palette/palette.ts';
import { actorSymbolPath } from './actor-symbol.ts';
import { d3Component } from './component.ts';

export interface FilterBarData {
  state: ViewState;
  eventKinds: readonly string[];
  colours: ReadonlyMap<string, string>;
  /** Name of the focused actor, when there is one. */
  actorName: string | null;
  /** The window the timeline shows, for the date inputs' placeholders. */
  shownFrom: string;
  shownTo: string;
}

interface FilterEventMap {
  change: [patch: Partial<ViewState>];
  copy: [];
  reset: [];
}

type Root = Selection<HTMLElement, FilterBarData, null, undefined>;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function filterBar() {
  const listeners = dispatch<object, FilterEventMap>('change', 'copy', 'reset');
  let data: FilterBarData | null = null;
  let textTimer = 0;

  function create(root: Selection<HTMLElement, unknown, null, undefined>): void {
    const search = root.append('div').attr('class', 'field search-field');
    search.append('label').attr('for', 'filter-text').text('Search');
    search
      .append('input')
      .attr('id', 'filter-text')
      .attr('type', 'search')
      .attr('placeholder', 'Names, titles, words said…')
      .attr('autocomplete', 'off')
      .on('input', function (this: HTMLInputElement) {
        clearTimeout(textTimer);
        const value = this.value;
        textTimer = window.setTimeout(() => listeners.call('change', undefined, { text: value }), 200);
      });

    const dates = root.append('fieldset').attr('class', 'field dates');
    dates.append('legend').text('Window');
    for (const [key, label] of [
      ['from', 'From'],
      ['to', 'To'],
    ] as const) {
      dates.append('label').attr('for', `filter-${key}`).attr('class', 'visually-hidden').text(label);
      // A text field in the labels' own format (day-input.ts) rather than the browser's mm/dd/yyyy; the calendar
      // is still there, behind the button, from a native date input kept out of sight.
      dates
        .append('input')
        .attr('id', `filter-${key}`)
        .attr('type', 'text')
        .attr('class', 'day-field')
        .attr('autocomplete', 'off')
        .attr('aria-describedby', `filter-${key}-error`)
        .on('change', function (this: HTMLInputElement) {
          if (!this.value.trim()) return listeners.call('change', undefined, { [key]: null });
          const read = parseDay(this.value, navigator.language || 'en-GB');
          const error = 'error' in read ? read.error : '';
          this.setAttribute('aria-invalid', String(Boolean(error)));
          select(`#filter-${key}-error`).text(error);
          if ('day' in read) listeners.call('change', undefined, { [key]: read.day });
        });
      const picker = dates
        .append('input')
        .attr('type', 'date')
        .attr('class', 'visually-hidden day-picker')
        .attr('tabindex', -1)
        .attr('aria-hidden', 'true')
        .on('change', function (this: HTMLInputElement) {
          listeners.call('change', undefined, { [key]: this.value || null });
        });
      dates
        .append('button')
        .attr('type', 'button')
        .attr('class', 'day-picker-button')
        .attr('aria-label', `${label}: pick a day on a calendar`)
        .call((b) =>
          // Drawn, not an emoji: not every system has an emoji font.
          b
            .append('svg')
            .attr('viewBox', '0 0 16 16')
            .attr('width', 14)
            .attr('height', 14)
            .attr('aria-hidden', 'true')
            .append('path')
            .attr('d', 'M2.5 3.5h11v10h-11z M2.5 6.5h11 M5.5 1.5v3 M10.5 1.5v3')
            .attr('fill', 'none')
            .attr('stroke', 'currentColor')
            .attr('stroke-width', 1.3),
        )
        .on('click', () => {
          const input = picker.node()!;
          input.value = data?.state[key] ?? '';
          try {
            input.showPicker();
          } catch {
            // No picker in this browser (or not from here): the text field takes the day as typed.
            select<HTMLInputElement, unknown>(`#filter-${key}`).node()?.focus();
          }
        });
      dates.append('span').attr('id', `filter-${key}-error`).attr('class', 'day-error').attr('role', 'alert');
      if (key === 'from') dates.append('span').attr('aria-hidden', 'true').text('–');
    }

    const actors = root.append('fieldset').attr('class', 'field chips actor-kinds');
    actors.append('legend').text('Actors');
    actors
      .selectAll('button')
      .data(ACTOR_KINDS)
      .join('button')
      .attr('type', 'button')
      .attr('class', 'chip')
      .attr('data-kind', (k) => k)
      .each(function (k) {
        const b = select(this);
        b.append('svg')
          .attr('width', 12)
          .attr('height', 12)
          .attr('viewBox', '-6 -6 12 12')
          .attr('aria-hidden', 'true')
          .append('path')
          .attr('d', actorSymbolPath(k, 4.5))
          .attr('fill', ACTOR_STYLE[k].colour);
        b.append('span').text(ACTOR_STYLE[k].label);
      })
      .on(
        'click',
        (_e: MouseEvent, k: ActorKind) =>
          data && listeners.call('change', undefined, { actorKinds: toggle(data.state.actorKinds, k) }),
      );

    const kinds = root.append('fieldset').attr('class', 'field chips event-kinds');
    kinds.append('legend').text('Kinds');
    kinds.append('div').attr('class', 'chip-list');

    const actions = root.append('div').attr('class', 'field actions');
    actions.append('div').attr('class', 'focus-chip');
    actions
      .append('button')
      .attr('type', 'button')
      .attr('class', 'action copy-link')
      .text('Copy link to this view')
      .on('click', () => listeners.call('copy', undefined));
    actions
      .append('button')
      .attr('type', 'button')
      .attr('class', 'action reset')
      .text('Reset')
      .on('click', () => listeners.call('reset', undefined));
  }

  function view(selection: Root): void {
    data = selection.datum();
    const root = select(selection.node()!);
    if (root.select('#filter-text').empty()) create(root);
    const { state } = data;
    const text = root.select<HTMLInputElement>('#filter-text').node()!;
    if (document.activeElement !== text) text.value = state.text;
    const from = root.select<HTMLInputElement>('#filter-from').node()!;
    const to = root.select<HTMLInputElement>('#filter-to').node()!;
    for (const [input, day, shown] of [
      [from, state.from, data.shownFrom],
      [to, state.to, data.shownTo],
    ] as const) {
      // What was typed and refused stays for the reader to correct; anything else shows the state's day.
      if (input.getAttribute('aria-invalid') !== 'true' || document.activeElement !== input) {
        input.value = day ? formatDay(day) : '';
        input.setAttribute('aria-invalid', 'false');
        select(`#${input.id}-error`).text('');
      }
      input.placeholder = shown ? formatDay(shown) : '';
    }
    root
      .selectAll<HTMLButtonElement, ActorKind>('.actor-kinds button')
      .attr('aria-pressed', (k) => String(state.actorKinds.includes(k)));

    const colours = data.colours;
    root
      .select('.event-kinds .chip-list')
      .selectAll<HTMLButtonElement, string>('button')
      .data(data.eventKinds, (k) => k)
      .join((enter) => {
        const b = enter.append('button').attr('type', 'button').attr('class', 'chip');
        b.append('span').attr('class', 'swatch').attr('aria-hidden', 'true');
        b.append('span').attr('class', 'chip-label');
        b.on(
          'click',
          (_e: MouseEvent, k: string) =>
            data && listeners.call('change', undefined, { eventKinds: toggle(data.state.eventKinds, k) }),
        );
        return b;
      })
      .attr('data-kind', (k) => k)
      .attr('aria-pressed', (k) => String(state.eventKinds.includes(k)))
      .call((b) => {
        b.select('.swatch').style('background', (k) => colours.get(k) ?? '#333');
        b.select('.chip-label').text((k) => (k === 'statement' ? 'Statements' : humanizeKind(k)));
      });

    const focus = root.select('.focus-chip');
    focus.selectAll('*').remove();
    if (data.actorName) {
      focus.append('span').text('Following ');
      focus.append('strong').text(data.actorName);
      focus
        .append('button')
        .attr('type', 'button')
        .attr('class', 'clear-focus')
        .attr('aria-label', `Stop following ${data.actorName}`)
        .text('×')
        .on('click', () => listeners.call('change', undefined, { actor: null, selected: null }));
    }
  }

  return d3Component<FilterBar>(view, listeners);
}

export interface FilterBar {
  (selection: Root): void;
  on<K extends keyof FilterEventMap>(type: K, listener: (...args: FilterEventMap[K]) => void): FilterBar;
}

// ViewState <-> URLSearchParams. Parsing never throws: anything unreadable falls back to the default,
// so an edited or truncated link still opens.
import { ACTOR_KINDS, type ActorKind } from '../domain/types.ts';
import {
  DEFAULT_STATE,
  type NetworkDepth,
  type SelectionRef,
  type SelectionType,
  type ViewState,
} from './view-state.ts';

const SELECTION_TYPES: readonly SelectionType[] = ['event', 'statement', 'actor', 'relationship'];
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const KIND = /^[a-z][a-z0-9-]{0,60}$/;

function isoDay(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value ? null : value;
}

function list(value: string | null): string[] {
  return value
    ? [
        ...new Set(
          value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].sort()
    : [];
}

function selection(value: string | null): SelectionRef | null {
  const at = value?.indexOf(':') ?? -1;
  if (!value || at < 1) return null;
  const type = value.slice(0, at) as SelectionType;
  const id = value.slice(at + 1);
  return SELECTION_TYPES.includes(type) && ID.test(id) ? { type, id } : null;
}

function depthOf(value: string | null): NetworkDepth {
  return value === '2' ? 2 : value === '3' ? 3 : 1;
}

export function parseViewState(params: URLSearchParams): ViewState {
  let from = isoDay(params.get('from'));
  let to = isoDay(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const actor = params.get('actor');
  return {
    from,
    to,
    laneBy: params.get('lanes') === 'kind' ? 'kind' : 'actor',
    show: params.get('show') === 'list' ? 'list' : 'chart',
    text: (params.get('q') ?? '').slice(0, 200),
    actorKinds: list(params.get('ak')).filter((k): k is ActorKind => (ACTOR_KINDS as readonly string[]).includes(k)),
    eventKinds: list(params.get('ek')).filter((k) => KIND.test(k)),
    sources: list(params.get('src')).filter((id) => ID.test(id)),
    actor: actor && ID.test(actor) ? actor : null,
    depth: depthOf(params.get('depth')),
    selected: selection(params.get('sel')),
  };
}

/** Only what differs from the default is written, in a fixed order, so equal states give equal URLs. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.laneBy !== DEFAULT_STATE.laneBy) p.set('lanes', state.laneBy);
  if (state.show !== DEFAULT_STATE.show) p.set('show', state.show);
  if (state.text.trim()) p.set('q', state.text.trim());
  if (state.actorKinds.length) p.set('ak', [...state.actorKinds].sort().join(','));
  if (state.eventKinds.length) p.set('ek', [...state.eventKinds].sort().join(','));
  if (state.sources.length) p.set('src', [...state.sources].sort().join(','));
  if (state.actor) p.set('actor', state.actor);
  if (state.depth !== DEFAULT_STATE.depth) p.set('depth', String(state.depth));
  if (state.selected) p.set('sel', `${state.selected.type}:${state.selected.id}`);
  return p;
}

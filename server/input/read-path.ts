// `paths(from, to, maxHops, first)`: two different actors, a hop bound and a result count within the store's caps.
import { MAX_PATH_HOPS, MAX_PATHS, type PathQuery } from '../store/store.ts';
import { InputError } from './input-error.ts';
import { readBounded, readFirst, readId } from './read-arguments.ts';

export function readPathQuery(a: Record<string, unknown>): PathQuery {
  const fromId = readId('from', a.from, 'an actor id');
  const toId = readId('to', a.to, 'an actor id');
  if (fromId === toId) throw new InputError('to', `must differ from from ("${fromId}"): a path joins two actors`);
  const maxHops = readBounded('maxHops', a.maxHops ?? 3, MAX_PATH_HOPS);
  const limit = readFirst(a.first ?? 10, MAX_PATHS);
  if (limit < 1) throw new InputError('first', 'must be at least 1');
  return { fromId, toId, maxHops, limit };
}

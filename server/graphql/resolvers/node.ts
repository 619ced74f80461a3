// `node(id:)` and the Node interface. Ids are the documents' own, unique per type but not across types by rule,
// so every type is asked; an id two types share is refused by name rather than answered with a guess.
import type { Actor, Event, Relationship, Source, Statement } from '../../../core/domain/types.ts';
import type { ActorSummary } from '../../store/store.ts';
import type { GraphQLContext } from '../context.ts';
import { InputError } from '../../input/input-error.ts';
import { badUserInput } from '../user-input.ts';

type NodeType = 'Actor' | 'Event' | 'Statement' | 'Relationship' | 'Source';
type AnyNode = Actor | ActorSummary | Event | Statement | Relationship | Source;

export async function loadNode(id: string, { loaders }: GraphQLContext): Promise<AnyNode | null> {
  const found = await Promise.all([
    loaders.actors.load(id),
    loaders.events.load(id),
    loaders.statements.load(id),
    loaders.relationships.load(id),
    loaders.sources.load(id),
  ]);
  const hits = found.filter((n): n is NonNullable<(typeof found)[number]> => n !== null);
  if (hits.length > 1) {
    const types = hits.map(typeOfNode).join(' and ');
    throw badUserInput(
      new InputError(
        'id',
        `"${id}" is the id of more than one node (${types}); ask actor(id:), event(id:), ... for the one you mean`,
      ),
    );
  }
  return hits[0] ?? null;
}

/** The GraphQL type of anything a Node field hands over, told apart by the fields only that type has. */
export function typeOfNode(node: AnyNode): NodeType {
  if ('speakerId' in node) return 'Statement';
  if ('participants' in node) return 'Event';
  if ('publisher' in node) return 'Source';
  if ('sourceId' in node) return 'Relationship';
  return 'Actor';
}

// A claim's value as a reader knows it: a date's label, the title and date of the event an id names, an
// actor's name; text as it is. Ids the client has not loaded are shown as they are.
import type { ApiClaim } from '../../../core/api/api-types.ts';

export interface ClaimLookup {
  entry(id: string): { title: string; date: { label: string } } | undefined;
  actor(id: string): { name: string } | undefined;
}

const MAX_TEXT = 160;

export function claimLabel(claim: Pick<ApiClaim, 'field' | 'value' | 'date'>, lookup: ClaimLookup): string {
  if (claim.date) return claim.date.label;
  const [id = '', rest] = claim.value.split('|');
  switch (claim.field) {
    case 'event': {
      const event = lookup.entry(claim.value);
      return event ? `${event.title}, ${event.date.label}` : claim.value;
    }
    case 'quotedIn': {
      const outer = lookup.entry(claim.value);
      return outer ? `“${short(outer.title)}”` : claim.value;
    }
    case 'speaker':
    case 'source':
    case 'target':
      return lookup.actor(claim.value)?.name ?? claim.value;
    case 'participants':
      return `${lookup.actor(id)?.name ?? id}${rest ? ` (${rest.replace(/-/g, ' ')})` : ''}`;
    case 'text':
      // The wording is what is disputed: shown whole.
      return `“${claim.value}”`;
    default:
      return claim.value;
  }
}

function short(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1).replace(/\s+\S*$/, '')}…`;
}

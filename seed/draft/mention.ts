// A name found in the text and what it names, and how overlapping finds are settled.
import type { ActorKind, Span } from './types.ts';

export interface Mention extends Span {
  /** The name without title or possessive: "Claudia Sheinbaum", "Mexico", "U.S. lawmakers". */
  name: string;
  kind: ActorKind;
  confidence: number;
  reason: string;
  /** The title before a person's name and the country it is of ("President", "Mexico"). */
  title?: { title: string; of?: string };
  /** The name stands for a country's government ("Mexican authorities"): an alias, not the country's name. */
  alias?: string;
}

/** Of two finds over the same text, the longer wins (a group phrase gives way to a name ending where it does). */
export function dropOverlaps(list: Mention[]): Mention[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const clash = out.find((o) => o.start < m.end && m.start < o.end);
    if (!clash) out.push(m);
    else if (m.end - m.start > clash.end - clash.start || (m.end === clash.end && clash.kind === 'GROUP'))
      out.splice(out.indexOf(clash), 1, m);
  }
  return out;
}

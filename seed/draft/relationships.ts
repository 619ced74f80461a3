// Relationships between actors: what an event states between its doer and the other party (event-kinds.ts),
// and the offices the text names ("Mexican President Claudia Sheinbaum": she LEADS Mexico).
import type { ArticleDocument } from '../../server/article/document-schema.ts';
import type { DraftActor } from './actors.ts';
import type { DraftEvent } from './events.ts';
import { slug } from './ids.ts';
import { propose, type Span } from './types.ts';

type RelationshipDoc = ArticleDocument['relationships'][number];
const LEADING_TITLES = /^(?:President|Prime Minister|King|Queen|Chancellor|Governor|Mayor|Chief|Director)\b/;

export function findRelationships(text: string, actors: DraftActor[], events: DraftEvent[]): RelationshipDoc[] {
  const out = new Map<string, RelationshipDoc>();
  const add = (
    type: string,
    source: DraftActor,
    target: DraftActor,
    evidence: Span[],
    confidence: number,
    reason: string,
    date?: string,
  ) => {
    if (source === target) return;
    const id = `rel-${source.id}-${slug(type)}-${target.id}`;
    const spans = evidence.map((s) => ({ start: s.start, end: s.end, quote: text.slice(s.start, s.end) }));
    const known = out.get(id);
    if (known) {
      for (const s of spans)
        if (!known.evidence.some((k) => k.start === s.start && k.end === s.end)) known.evidence.push(s);
      return;
    }
    out.set(id, {
      id,
      type,
      source: source.id,
      target: target.id,
      ...(date ? { date } : {}),
      evidence: spans,
      review: propose(confidence, reason),
    });
  };
  for (const a of actors) {
    for (const role of a.roles) {
      const country = actors.find((c) => c.id === role.of);
      if (!country || !LEADING_TITLES.test(role.title)) continue;
      const titled =
        a.mentions.find((m) => text.slice(Math.max(0, m.start - 40), m.start).includes(role.title.split(' of ')[0]!)) ??
        a.mentions[0]!;
      add('LEADS', a, country, [titled], 0.8, `"${role.title.split(' of ')[0]}" of ${country.name} before the name`);
    }
  }
  for (const e of events) {
    if (!e.kind.relation || !e.agent || !e.other) continue;
    const sentence = text.slice(e.sentence.start, e.sentence.end);
    const type = refine(e.kind.relation, text.slice(e.trigger.start, e.sentence.end), sentence);
    add(
      type,
      e.agent,
      e.other,
      e.evidence,
      Math.min(0.7, e.confidence),
      `${e.kind.kind} with ${e.agent.name} as ${e.kind.agent} and ${e.other.name} as ${e.kind.other}`,
      e.date,
    );
  }
  return [...out.values()];
}

/** The verb's object says more than the verb: designated as terrorists, rejected assistance rather than a proposal. */
function refine(type: string, afterTrigger: string, sentence: string): string {
  if (type === 'DESIGNATED' && /terror/i.test(sentence)) return 'DESIGNATED_AS_TERRORIST_ORGANIZATION';
  // The types seed/README.md already uses win over new synonyms.
  if (type === 'CONSIDERING_MEASURES_AGAINST' && /\b(?:punitive|sanctions?|penalt)/i.test(sentence))
    return 'CONSIDERING_PUNITIVE_MEASURES_AGAINST';
  if (type === 'REJECTED_PROPOSAL_OF' && /^\S+\s+(?:\S+\s+){0,3}(?:assistance|aid|help|support)\b/i.test(afterTrigger))
    return 'REJECTED_ASSISTANCE_FROM';
  return type;
}

// Gathers mentions into actors: one per person, country, organisation or group, with every surface form as an
// alias, the offices the text states, and the id of the same actor in the graph when it is already there.
import type { ArticleDocument } from '../../server/article/document-schema.ts';
import type { Mention } from './actor-mentions.ts';
import type { GraphIndex } from './graph-index.ts';
import { idAllocator, normName, slug } from './ids.ts';
import { propose, type ActorKind, type Span, type TextModel } from './types.ts';

export interface DraftActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  roles: Array<{ title: string; of?: string }>;
  mentions: Span[];
  confidence: number;
  reason: string;
}

export function buildActors(model: TextModel, mentions: Mention[], graph: GraphIndex): DraftActor[] {
  const { text } = model;
  const byKey = new Map<string, DraftActor>();
  const add = (key: string, m: Mention, name: string) => {
    let a = byKey.get(key);
    if (!a) {
      a = { id: '', name, kind: m.kind, aliases: new Set(), roles: [], mentions: [], confidence: 0, reason: m.reason };
      byKey.set(key, a);
    }
    if (m.confidence > a.confidence) [a.confidence, a.reason] = [m.confidence, m.reason];
    if (name.split(' ').length > a.name.split(' ').length && m.kind !== 'COUNTRY') a.name = name;
    const surface = text.slice(m.start, m.end);
    if (surface !== a.name) a.aliases.add(surface);
    if (m.alias) a.aliases.add(m.alias);
    a.mentions.push({ start: m.start, end: m.end });
    if (m.title) {
      const title = m.title.of ? `${m.title.title} of ${m.title.of}` : m.title.title;
      if (!a.roles.some((r) => r.title === title)) a.roles.push({ title, ...(m.title.of ? { of: m.title.of } : {}) });
      // The titled form is how the article names them ("Mexican President Claudia Sheinbaum").
      const titled = titledForm(text, m);
      if (titled !== a.name) a.aliases.add(titled);
    }
    return a;
  };

  const persons = mentions.filter((m) => m.kind === 'PERSON');
  // Full names first by how sure the title or tag makes them, so a surname goes to the best-attested one.
  const fullNames = persons.filter((m) => m.name.includes(' ')).sort((a, b) => b.confidence - a.confidence);
  for (const m of mentions) {
    if (m.kind === 'PERSON') {
      // A surname alone is the person named in full elsewhere in the text ("Sheinbaum").
      const full = fullNames.find((f) => f.name.endsWith(` ${m.name}`) || f.name === m.name);
      add(`person:${normName(full?.name ?? m.name)}`, m, full?.name ?? m.name);
    } else if (m.kind === 'GROUP') add(`group:${groupHead(m.name)}`, m, m.name);
    else add(`${m.kind}:${normName(m.name)}`, m, m.name);
  }
  // A capitalised word of unknown kind named once is more often a place or a weapon than an actor.
  const weak = (a: DraftActor) => a.confidence <= 0.3 && a.mentions.length < 2 && !a.name.includes(' ');
  const actors = mergeSuffixNames([...byKey.values()].filter((a) => !weak(a)));
  mergeCoordinatedGroups(text, actors);
  addDescribedMentions(text, actors);
  return linkAndName(actors, graph);
}

/** The mention with the title and demonym or possessor before it. */
function titledForm(text: string, m: Mention): string {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const t = new RegExp(
    `((?:[A-Z][\\p{L}.]*(?:['’]s)?[ \\u00a0]+)*${m.title!.title.replace('.', '\\.')}[ \\u00a0]+)$`,
    'u',
  ).exec(before);
  return (t ? t[1] : '') + text.slice(m.start, m.end);
}

/** "cartels", "drug cartels" and "several cartels" are one group: keyed by the head noun. */
function groupHead(name: string): string {
  return normName(name).split(' ').pop()!;
}

/** "Northern Command" is "U.S. Northern Command"; "Herald" is "USA Herald". */
function mergeSuffixNames(actors: DraftActor[]): DraftActor[] {
  const out: DraftActor[] = [];
  for (const a of [...actors].sort((x, y) => y.name.length - x.name.length)) {
    const longer = out.find(
      (o) => o.kind === a.kind && a.kind !== 'PERSON' && normName(o.name).endsWith(` ${normName(a.name)}`),
    );
    if (!longer) out.push(a);
    else {
      longer.mentions.push(...a.mentions);
      longer.aliases.add(a.name);
      for (const al of a.aliases) longer.aliases.add(al);
    }
  }
  return out;
}

/** "Intelligence analysts and U.S. policy experts argue ...": one group speaking together. */
function mergeCoordinatedGroups(text: string, actors: DraftActor[]): void {
  const groups = actors.filter((a) => a.kind === 'GROUP');
  for (const a of groups)
    for (const b of groups) {
      if (a === b || !actors.includes(a) || !actors.includes(b)) continue;
      const joined = a.mentions.some((ma) =>
        b.mentions.some((mb) => /^[ \u00a0]+and[ \u00a0]+$/.test(text.slice(ma.end, mb.start))),
      );
      if (!joined) continue;
      a.aliases.add(a.name).add(b.name);
      for (const al of b.aliases) a.aliases.add(al);
      a.name = `${a.name} and ${b.name}`;
      a.mentions.push(...b.mentions);
      a.reason = `two groups named together ("${a.name}")`;
      actors.splice(actors.indexOf(b), 1);
    }
}

/** "El Salvador's president" (the office holder named earlier), "Sheinbaum's government" (the country she leads). */
function addDescribedMentions(text: string, actors: DraftActor[]): void {
  const countries = actors.filter((a) => a.kind === 'COUNTRY');
  for (const person of actors.filter((a) => a.kind === 'PERSON')) {
    for (const role of person.roles) {
      if (!role.of) continue;
      const title = role.title.split(' of ')[0]!;
      const country = countries.find((c) => c.name === role.of);
      const names = [role.of, ...(country ? [...country.aliases] : [])].filter((n) => /^[A-Z]/.test(n));
      for (const n of new Set(names)) find(text, `${n}'s ${title.toLowerCase()}`, person, 0.6);
      for (const n of new Set(names)) find(text, `${n}’s ${title.toLowerCase()}`, person, 0.6);
      if (!country) continue;
      const surname = person.name.split(' ').pop()!;
      for (const noun of ['government', 'administration']) {
        find(text, `${surname}'s ${noun}`, country, 0.6);
        find(text, `${surname}’s ${noun}`, country, 0.6);
      }
    }
  }
}

function find(text: string, phrase: string, actor: DraftActor, _confidence: number): void {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    actor.aliases.add(phrase);
    actor.mentions.push({ start: at, end: at + phrase.length });
  }
}

function linkAndName(actors: DraftActor[], graph: GraphIndex): DraftActor[] {
  const known = graph.actors.map((a) => a.id);
  const before = new Map(actors.map((a) => [a, a.name]));
  const allocate = idAllocator();
  for (const a of actors) {
    const hit = graph.find([a.name, ...a.aliases]);
    if (hit) {
      a.aliases.add(a.name);
      [a.id, a.name, a.kind] = [allocate(hit.id), hit.name, hit.kind];
      a.aliases.delete(a.name);
      a.reason = `${a.reason}; same name as "${hit.id}" in the graph`;
      a.confidence = Math.min(1, a.confidence + 0.05);
    } else a.id = allocate(known.includes(slug(a.name)) ? `${slug(a.name)}-new` : slug(a.name));
    a.mentions = dedupeSpans(a.mentions);
  }
  // Roles name their country by the name it had before linking; a role whose country is not drafted is dropped.
  for (const a of actors)
    a.roles = a.roles.flatMap((r) => {
      if (!r.of) return [r];
      const country = actors.find((c) => c.kind === 'COUNTRY' && (before.get(c) === r.of || c.name === r.of));
      return country ? [{ ...r, of: country.id }] : [{ title: r.title }];
    });
  return actors;
}

export function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .sort((x, y) => x.start - y.start)
    .filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`) !== undefined);
}

export type ActorDoc = ArticleDocument['actors'][number];

export function actorDoc(text: string, a: DraftActor): ActorDoc {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: [...a.aliases].filter((x) => x !== a.name),
    roles: a.roles
      .filter((r) => !r.of || r.of !== a.id)
      .map((r) => ({ title: r.title, ...(r.of ? { of: r.of } : {}) })),
    evidence: a.mentions.map((s) => ({ start: s.start, end: s.end, quote: text.slice(s.start, s.end) })),
    review: propose(a.confidence, a.reason),
  };
}

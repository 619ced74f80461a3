// One synthetic article: its text and the article document that points into it, in the project's own
// format (server/article/document-schema.ts), shaped like the curated seed article.
import type { ArticleDocument, SpanDoc } from '../../server/article/document-schema.ts';
import { kebab, type ActorPool, type PoolActor } from './actor-pool.ts';
import { ArticleText } from './article-text.ts';
import { dayPhrase, writeDate, type CorpusCalendar } from './corpus-dates.ts';
import type { Rng } from './prng.ts';
import {
  CLAIMS,
  EVENT_KINDS,
  LINK_TYPES,
  PARTICIPANT_ROLES,
  PUBLISHERS,
  RELATIONSHIP_TYPES,
  TOPICS,
} from './vocabulary.ts';

type ActorDoc = ArticleDocument['actors'][number];
type EventDoc = ArticleDocument['events'][number];
type StatementDoc = ArticleDocument['statements'][number];
type RelationshipDoc = ArticleDocument['relationships'][number];

export interface ArticlePlan {
  index: number;
  events: number;
  /** Day of publication, counted from the corpus start. */
  publishedDay: number;
  /** Statements and relationships per event: the defaults below unless a lean corpus asks for fewer. */
  statementsPerEvent?: number | undefined;
  relationshipsPerEvent?: number | undefined;
}

export interface GeneratedArticle {
  /** File stem: `<name>.json` and `<name>.txt`. */
  name: string;
  document: ArticleDocument;
  text: string;
  /** Set on another outlet's account of an article's events (re-report.ts): the original's name. */
  reportOf?: string;
}

/** Share of hub appearances, and how much likelier a hub is to take part in a fact than anyone else. */
const HUB_CHANCE = 0.3;
const HUB_WEIGHT = 6;
/** Fresh actors per article taken in turn, so every actor in the pool appears somewhere. */
const ROUND_ROBIN = 8;
const POPULAR = 10;
/** How many facts an article states per event. */
const STATEMENTS_PER_EVENT = 0.5;
const RELATIONSHIPS_PER_EVENT = 0.25;
/** How far before publication an article's events lie. */
const EVENT_LOOKBACK_DAYS = 120;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function listOfNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function chooseActors(pool: ActorPool, plan: ArticlePlan, rng: Rng): number[] {
  const chosen = new Set<number>();
  for (const h of pool.hubs) if (rng.chance(HUB_CHANCE)) chosen.add(h);
  const first = pool.hubs.length;
  const rest = pool.actors.length - first;
  for (let m = 0; m < ROUND_ROBIN; m++) chosen.add(first + ((plan.index * ROUND_ROBIN + m) % rest));
  // Popularity falls off steeply (u^3), so some non-hub actors are much more connected than others.
  for (let m = 0; m < POPULAR; m++) chosen.add(first + Math.floor(rest * rng.next() ** 3));
  if (![...chosen].some((i) => pool.actors[i]!.kind === 'MEDIA') && rng.chance(0.7)) chosen.add(rng.pick(pool.media));
  for (const i of [...chosen]) {
    const role = pool.actors[i]!.role;
    if (role) chosen.add(role.countryIndex);
  }
  // Statements name a country, so every article declares at least one.
  if (![...chosen].some((i) => pool.actors[i]!.kind === 'COUNTRY')) chosen.add(pool.countries[0]!);
  return [...chosen];
}

export function generateArticle(
  pool: ActorPool,
  calendar: CorpusCalendar,
  plan: ArticlePlan,
  rng: Rng,
): GeneratedArticle {
  const t = new ArticleText();
  const publishedAt = calendar.isoDay(plan.publishedDay);
  const publisher = PUBLISHERS[plan.index % PUBLISHERS.length]!;
  const sourceId = `${kebab(publisher)}-${publishedAt}-${plan.index}`;
  const castIndexes = chooseActors(pool, plan, rng);
  const cast = castIndexes.map((i) => pool.actors[i]!);
  const weighted = castIndexes.flatMap((i) =>
    Array<PoolActor>(pool.hubs.includes(i) ? HUB_WEIGHT : 1).fill(pool.actors[i]!),
  );
  const people = cast.filter((a) => a.kind === 'PERSON');
  const topic = rng.pick(TOPICS);
  const city = rng.pick(pool.cities);
  const countryOf = (a: PoolActor) => (a.role ? pool.actors[a.role.countryIndex]! : null);

  // Dateline and the outlet the article cites.
  t.write(`${city}, ${dayPhrase(publishedAt)}. `);
  const citations: ArticleDocument['source']['citations'] = [];
  const medium = cast.find((a) => a.kind === 'MEDIA');
  if (medium) {
    const span = t.write(`According to ${medium.name}`);
    citations.push({ actor: medium.id, evidence: [span] });
    t.write(`, the dispute over ${topic} is widening.\n\n`);
  } else t.write(`The dispute over ${topic} is widening.\n\n`);

  // Who is who: one mention per actor, the evidence for declaring it.
  const mentions = new Map<string, SpanDoc[]>();
  for (const a of cast) {
    const span = t.write(a.name);
    const country = countryOf(a);
    if (a.role && country) t.write(`, ${a.role.title} of ${country.name}, is among those named in this report. `);
    else if (a.kind === 'ORGANIZATION' && a.aliases[0]) t.write(` (${a.aliases[0]}) is also named. `);
    else t.write(' is also named. ');
    mentions.set(a.id, [span]);
  }
  t.write('\n\n');

  const events: EventDoc[] = [];
  for (let k = 0; k < plan.events; k++) {
    const kind = rng.pick(EVENT_KINDS);
    const iso = calendar.isoDay(plan.publishedDay - rng.int(0, Math.min(EVENT_LOOKBACK_DAYS, plan.publishedDay)));
    const date = writeDate(iso, rng);
    const participants = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(weighted)))];
    const eventTopic = rng.chance(0.6) ? topic : rng.pick(TOPICS);
    const place = rng.chance(0.5) ? city : rng.pick(pool.cities);
    const start = t.length;
    t.write(`${date.phrase}, ${listOfNames(participants.map((p) => p.name))} ${kind.verb} ${eventTopic} in ${place}.`);
    const sentence = t.since(start);
    const links: EventDoc['links'] = [];
    const previous = events.length > 0 && rng.chance(0.25) ? rng.pick(events) : null;
    if (previous) {
      t.write(' ');
      links.push({
        type: rng.pick(LINK_TYPES),
        target: previous.id,
        evidence: [t.write(`It followed the ${previous.title.toLowerCase()}.`)],
      });
    }
    t.write(k % 5 === 4 ? '\n\n' : ' ');
    events.push({
      id: `ev-${plan.index}-${k}`,
      title: `${capitalise(eventTopic)} ${kind.noun} in ${place}`,
      kind: kind.kind,
      ...(rng.chance(0.6) ? { description: sentence.quote } : {}),
      location: place,
      date: date.edtf,
      participants: participants.map((p) => ({ actor: p.id, role: rng.pick(PARTICIPANT_ROLES) })),
      links,
      evidence: [sentence],
    });
  }
  t.write('\n');

  const statements: StatementDoc[] = [];
  const claim = () =>
    rng
      .pick(CLAIMS)
      .replace('{topic}', rng.chance(0.7) ? topic : rng.pick(TOPICS))
      .replace('{place}', rng.pick(cast.filter((a) => a.kind === 'COUNTRY')).name);
  const speakers = people.length > 0 ? people : cast;
  const target = Math.round(plan.events * (plan.statementsPerEvent ?? STATEMENTS_PER_EVENT));
  while (statements.length < target) {
    const speaker = rng.pick(speakers);
    const id = `st-${plan.index}-${statements.length}`;
    const event = events.length > 0 && rng.chance(0.5) ? rng.pick(events) : null;
    const at = { date: event ? event.date : `../${publishedAt}`, ...(event ? { event: event.id } : {}) };
    const u = rng.next();
    if (u < 0.3) {
      const start = t.length;
      t.write(`${speaker.name} argued that `);
      const paraphrase = t.write(lowerFirst(claim()));
      t.write('.');
      statements.push({
        id,
        speaker: speaker.id,
        kind: 'PARAPHRASE',
        text: paraphrase.quote,
        ...at,
        evidence: [t.since(start)],
      });
    } else if (u < 0.65 || speakers.length < 2) {
      t.write(`${speaker.name} said: “`);
      const quote = t.write(`${claim()}.`);
      t.write('”');
      statements.push({ id, speaker: speaker.id, kind: 'QUOTE', text: quote.quote, ...at, evidence: [quote] });
    } else {
      // A quote inside a quote, as in the seed article: the outer speaker repeats what someone told them.
      const inner = rng.pick(speakers.filter((s) => s !== speaker));
      t.write(`${speaker.name} said: “`);
      const outerStart = t.length;
      t.write(`${claim()}. As ${inner.name} told me, ‘`);
      const innerSpan = t.write(`${claim()}.`);
      t.write(`’ ${claim()}.`);
      const outerSpan = t.since(outerStart);
      t.write('”');
      statements.push({ id, speaker: speaker.id, kind: 'QUOTE', text: outerSpan.quote, ...at, evidence: [outerSpan] });
      statements.push({
        id: `st-${plan.index}-${statements.length}`,
        speaker: inner.id,
        kind: 'QUOTE',
        text: innerSpan.quote,
        ...at,
        quotedIn: id,
        evidence: [innerSpan],
      });
    }
    t.write(statements.length % 4 === 0 ? '\n\n' : ' ');
  }
  t.write('\n');

  const relationships: RelationshipDoc[] = [];
  const relIds = new Set<string>();
  const wanted = Math.round(plan.events * (plan.relationshipsPerEvent ?? RELATIONSHIPS_PER_EVENT));
  for (let k = 0; k < wanted; k++) {
    const a = rng.pick(weighted);
    const b = rng.pick(weighted);
    const rel = rng.pick(RELATIONSHIP_TYPES);
    // Ids follow (source, type, target), so another article reporting the same tie adds evidence to it.
    const id = `rel-${a.id}-${kebab(rel.type)}-${b.id}`;
    if (a === b || relIds.has(id)) continue;
    relIds.add(id);
    const span = t.write(`${a.name} ${rel.verb} ${b.name}.`);
    t.write(' ');
    const dated = rng.chance(0.6)
      ? { date: events.length > 0 && rng.chance(0.5) ? rng.pick(events).date : publishedAt }
      : {};
    relationships.push({ id, type: rel.type, source: a.id, target: b.id, ...dated, evidence: [span] });
  }

  const actors: ActorDoc[] = cast.map((a) => {
    const country = countryOf(a);
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      roles: a.role && country ? [{ title: a.role.title, of: country.id }] : [],
      evidence: mentions.get(a.id) ?? [],
    };
  });

  const text = t.toString();
  return {
    name: sourceId,
    text,
    document: {
      formatVersion: 1,
      source: {
        id: sourceId,
        title: `${capitalise(topic)}: ${listOfNames(cast.slice(0, 2).map((a) => a.name))}`,
        publisher,
        publishedAt,
        url: `https://news.example.org/${sourceId}`,
        textFile: `${sourceId}.txt`,
        citations,
      },
      actors,
      events,
      statements,
      relationships,
    },
  };
}

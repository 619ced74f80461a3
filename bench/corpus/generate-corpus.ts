// The synthetic corpus for benchmarks: seeded and deterministic, sized by event count, written as article
// documents plus text files that the real loader (server/article/load-articles.ts) accepts.
//
//   npx tsx bench/corpus/generate-corpus.ts --events 10000 --out /tmp/corpus-10k [--seed 1]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createActorPool, type ActorPool } from './actor-pool.ts';
import { createCalendar } from './corpus-dates.ts';
import { generateArticle, type GeneratedArticle } from './generate-article.ts';
import { createRng } from './prng.ts';
import { reReport } from './re-report.ts';

export interface CorpusOptions {
  /** Total events across all articles (exact). */
  events: number;
  seed?: number;
  eventsPerArticle?: number;
  startYear?: number;
  years?: number;
  /**
   * Other outlets' accounts of each article's events (re-report.ts), drawn from [min, max]: with the default every
   * event has 2 to 5 sources, whose dates mostly agree and sometimes conflict. [0, 0] gives one source per event.
   */
  reportsPerArticle?: readonly [number, number];
  /** Fewer statements and relationships per event than the default 0.5 and 0.25 (a lean corpus, lean-corpus.ts). */
  statementsPerEvent?: number;
  relationshipsPerEvent?: number;
}

export interface CorpusSummary {
  /** Documents written: original articles and other outlets' accounts of them. */
  articles: number;
  /** The accounts among them (re-report.ts). */
  reports: number;
  /** Distinct events (the accounts repeat their originals' ids). */
  events: number;
  /** Event claims across all documents: events x sources. */
  eventClaims: number;
  /** Distinct ids across the corpus (articles share actors and some relationships). */
  actors: number;
  statements: number;
  nestedQuotes: number;
  relationships: number;
  /** Hub actors, most connected first: the ids benchmarks centre a network on. */
  hubs: Array<{ id: string; name: string; kind: string }>;
  datePrecision: { day: number; month: number; open: number };
  textChars: number;
  firstDay: string;
  lastDay: string;
}

export interface Corpus {
  pool: ActorPool;
  articles: Iterable<GeneratedArticle>;
}

const DEFAULTS = {
  seed: 1,
  eventsPerArticle: 50,
  startYear: 2015,
  years: 10,
  reportsPerArticle: [1, 4] as readonly [number, number],
};

/** The corpus as a lazy sequence of articles, so 100k events never sit in memory twice. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const o = { ...DEFAULTS, ...options };
  if (!Number.isInteger(o.events) || o.events < 1)
    throw new Error(`events must be a positive integer, got ${o.events}`);
  const calendar = createCalendar(o.startYear, o.years);
  const pool = createActorPool(Math.round(o.events / 10), createRng(o.seed));
  const count = Math.ceil(o.events / o.eventsPerArticle);
  const base = Math.floor(o.events / count);
  const extra = o.events - base * count;
  const publication = createRng(o.seed + 1);
  function* articles(): Generator<GeneratedArticle> {
    for (let index = 0; index < count; index++) {
      const plan = {
        index,
        events: base + (index < extra ? 1 : 0),
        publishedDay: publication.int(0, calendar.days - 1),
        statementsPerEvent: o.statementsPerEvent,
        relationshipsPerEvent: o.relationshipsPerEvent,
      };
      // Each article has its own stream, so one article can be regenerated without the others.
      const article = generateArticle(pool, calendar, plan, createRng(Math.imul(o.seed, 1_000_003) + index + 2));
      yield article;
      const rng = createRng(Math.imul(o.seed, 7_919) + index + 11);
      const [min, max] = o.reportsPerArticle;
      for (let nth = 1, n = rng.int(min, max); nth <= n; nth++) yield reReport(article, index, nth, rng);
    }
  }
  return { pool, articles: { [Symbol.iterator]: articles } };
}

/** Writes `<name>.json` and `<name>.txt` per article into `dir` and summarises what was written. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<CorpusSummary> {
  await mkdir(dir, { recursive: true });
  const { pool, articles } = generateCorpus(options);
  const summary = summarise(pool);
  for (const a of articles) {
    await writeFile(path.join(dir, `${a.name}.txt`), a.text);
    await writeFile(path.join(dir, `${a.name}.json`), JSON.stringify(a.document));
    summary.add(a);
  }
  return summary.result();
}

function summarise(pool: ActorPool) {
  const actors = new Set<string>();
  const relationships = new Set<string>();
  const hubAppearances = new Map<string, number>();
  const precision = { day: 0, month: 0, open: 0 };
  const s = {
    articles: 0,
    reports: 0,
    events: 0,
    eventClaims: 0,
    statements: 0,
    nestedQuotes: 0,
    textChars: 0,
    firstDay: '9999-12-31',
    lastDay: '0000-01-01',
  };
  const hubIds = new Set(pool.hubs.map((h) => pool.actors[h]!.id));
  return {
    add(a: GeneratedArticle) {
      const d = a.document;
      s.articles++;
      s.eventClaims += d.events.length;
      for (const x of d.actors) actors.add(x.id);
      if (a.reportOf) {
        s.reports++;
        s.textChars += a.text.length;
        return;
      }
      s.events += d.events.length;
      s.statements += d.statements.length;
      s.nestedQuotes += d.statements.filter((x) => x.quotedIn).length;
      s.textChars += a.text.length;
      for (const x of d.actors) actors.add(x.id);
      for (const r of d.relationships) {
        relationships.add(r.id);
        for (const end of [r.source, r.target])
          if (hubIds.has(end)) hubAppearances.set(end, (hubAppearances.get(end) ?? 0) + 1);
      }
      for (const e of d.events) {
        if (e.date.includes('..')) precision.open++;
        else if (e.date.length === 7) precision.month++;
        else precision.day++;
        const day = e.date.replace(/^\.\.\/|\/\.\.$/g, '');
        if (day < s.firstDay) s.firstDay = day;
        if (day > s.lastDay) s.lastDay = day;
      }
    },
    result(): CorpusSummary {
      const hubs = pool.hubs
        .map((h) => pool.actors[h]!)
        .sort((a, b) => (hubAppearances.get(b.id) ?? 0) - (hubAppearances.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
        .map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
      return { ...s, actors: actors.size, relationships: relationships.size, hubs, datePrecision: precision };
    },
  };
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const out = argValue(args, '--out');
  if (!out) throw new Error('usage: generate-corpus.ts --events N --out DIR [--seed S]');
  const summary = await writeCorpus(out, {
    events: Number(argValue(args, '--events') ?? 1000),
    seed: Number(argValue(args, '--seed') ?? 1),
  });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

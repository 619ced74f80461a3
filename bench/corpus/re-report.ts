// Other outlets' reports of an article's events, so every event of the corpus has 2 to 5 sources: the same event
// ids, participants and titles, each with its own evidence and its own date claim. Most dates agree or refine one
// another (they intersect); about a fifth fall outside the original's range, which the claims rule marks disputed.
import type { ArticleDocument } from '../../server/article/document-schema.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { kebab } from './actor-pool.ts';
import { ArticleText } from './article-text.ts';
import type { GeneratedArticle } from './generate-article.ts';
import type { Rng } from './prng.ts';
import { PUBLISHERS } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);

/** The date this report gives an event the original dates `edtf`: the same, a looser one, or one outside it. */
export function reportedDate(edtf: string, rng: Rng): string {
  const { earliest, latest } = parseFuzzyDate(edtf);
  const u = rng.next();
  if (u < 0.55) return edtf;
  if (u < 0.8) return latest ? `../${latest}` : edtf;
  // Disputed: a day the original's range does not hold.
  return latest ? shift(latest, rng.int(1, 30)) : shift(earliest!, -rng.int(1, 30));
}

export function reReport(original: GeneratedArticle, index: number, nth: number, rng: Rng): GeneratedArticle {
  const doc = original.document;
  const publisher = PUBLISHERS[(index + nth) % PUBLISHERS.length]!;
  const publishedAt = doc.source.publishedAt;
  const sourceId = `${kebab(publisher)}-${publishedAt}-${index}-r${nth}`;
  const t = new ArticleText();
  t.write(`${publisher}, ${publishedAt}. Another account of the same events.\n\n`);
  const needed = new Set(doc.events.flatMap((e) => e.participants.map((p) => p.actor)));
  const actors: ArticleDocument['actors'] = [];
  for (const a of doc.actors) {
    if (!needed.has(a.id)) continue;
    const span = t.write(a.name);
    t.write(' is named in this account. ');
    actors.push({ id: a.id, name: a.name, kind: a.kind, aliases: [], roles: [], evidence: [span] });
  }
  t.write('\n\n');
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const events: ArticleDocument['events'] = doc.events.map((e) => {
    const date = reportedDate(e.date, rng);
    const who = e.participants.map((p) => names.get(p.actor) ?? p.actor).join(', ');
    const span = t.write(`Dated ${date}: ${e.title}, with ${who}.`);
    t.write(' ');
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      date,
      participants: e.participants,
      links: [],
      evidence: [span],
    };
  });
  const name = `${original.name}-r${nth}`;
  return {
    name,
    reportOf: original.name,
    text: t.toString(),
    document: {
      formatVersion: 1,
      source: {
        id: sourceId,
        title: `Also reported: ${doc.source.title}`,
        publisher,
        publishedAt,
        textFile: `${name}.txt`,
        citations: [],
      },
      actors,
      events,
      statements: [],
      relationships: [],
    },
  };
}

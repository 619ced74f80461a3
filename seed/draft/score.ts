// Scores a draft against a finished document of the same article: what the drafter found, what it got right,
// what it missed, and whether any date it gave is more precise than the finished one (which must never happen).
import type { ArticleDocument } from '../../server/article/document-schema.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { normName } from './ids.ts';

export interface Metric {
  name: string;
  found: number;
  of: number;
  /** Draft items that match something finished, out of all draft items (when precision makes sense). */
  precision?: { right: number; of: number };
  misses: string[];
}

export interface Score {
  metrics: Metric[];
  overPrecise: string[];
}

type Doc = ArticleDocument;
type Span = { start: number; end: number };
const overlaps = (a: readonly Span[], b: readonly Span[]) =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function jaccard(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both || 1);
}

export function scoreDraft(draft: Doc, finished: Doc): Score {
  const names = (a: Doc['actors'][number]) => new Set([a.name, ...(a.aliases ?? [])].map(normName));
  // A draft actor is a finished one when they share an id, a name or an alias.
  const actorMap = new Map<string, string>();
  for (const d of draft.actors) {
    const dn = names(d);
    const f = finished.actors.find((f) => f.id === d.id || [...names(f)].some((n) => dn.has(n)));
    if (f) actorMap.set(d.id, f.id);
  }
  const mapped = new Set(actorMap.values());
  const actors: Metric = {
    name: 'actors',
    found: finished.actors.filter((f) => mapped.has(f.id)).length,
    of: finished.actors.length,
    precision: { right: actorMap.size, of: draft.actors.length },
    misses: finished.actors.filter((f) => !mapped.has(f.id)).map((f) => f.id),
  };

  const quotes = finished.statements.filter((s) => s.kind === 'QUOTE');
  const draftQuotes = draft.statements.filter((s) => s.kind === 'QUOTE');
  const bestQuote = (f: Doc['statements'][number]) =>
    draftQuotes
      .map((d) => ({ d, j: jaccard(d.text, f.text) }))
      .sort((a, b) => b.j - a.j)
      .find((x) => x.j >= 0.5)?.d;
  const quoteHits = quotes.map((f) => ({ f, d: bestQuote(f) }));
  const quotations: Metric = {
    name: 'quotations found',
    found: quoteHits.filter((h) => h.d).length,
    of: quotes.length,
    precision: {
      right: draftQuotes.filter((d) => quotes.some((f) => jaccard(d.text, f.text) >= 0.5)).length,
      of: draftQuotes.length,
    },
    misses: quoteHits.filter((h) => !h.d).map((h) => h.f.id),
  };
  const rightSpeaker = quoteHits.filter((h) => h.d && actorMap.get(h.d.speaker) === h.f.speaker);
  const speakers: Metric = {
    name: 'quotations with the right speaker',
    found: rightSpeaker.length,
    of: quotes.length,
    misses: quoteHits
      .filter((h) => !rightSpeaker.includes(h))
      .map((h) => `${h.f.id}${h.d ? ` (drafted as ${h.d.speaker})` : ''}`),
  };
  const paras = finished.statements.filter((s) => s.kind === 'PARAPHRASE');
  const paraHit = (f: Doc['statements'][number]) =>
    draft.statements.some(
      (d) => d.kind === 'PARAPHRASE' && overlaps(d.evidence, f.evidence) && actorMap.get(d.speaker) === f.speaker,
    );
  const paraphrases: Metric = {
    name: 'paraphrases with the right speaker',
    found: paras.filter(paraHit).length,
    of: paras.length,
    misses: paras.filter((f) => !paraHit(f)).map((f) => f.id),
  };

  const eventOf = (f: Doc['events'][number]) =>
    draft.events
      .filter((d) => overlaps(d.evidence, f.evidence))
      .sort((a, b) => Number(b.kind === f.kind) - Number(a.kind === f.kind))[0];
  const eventHits = finished.events.map((f) => ({ f, d: eventOf(f) }));
  const events: Metric = {
    name: 'events found',
    found: eventHits.filter((h) => h.d).length,
    of: finished.events.length,
    precision: {
      right: draft.events.filter((d) => finished.events.some((f) => overlaps(d.evidence, f.evidence))).length,
      of: draft.events.length,
    },
    misses: eventHits.filter((h) => !h.d).map((h) => h.f.id),
  };
  const sameKind = eventHits.filter((h) => h.d?.kind === h.f.kind);
  const eventKinds: Metric = {
    name: 'events found with the same kind',
    found: sameKind.length,
    of: finished.events.length,
    misses: eventHits
      .filter((h) => !sameKind.includes(h))
      .map((h) => `${h.f.id} (${h.f.kind}${h.d ? `, drafted ${h.d.kind}` : ''})`),
  };
  const exact = eventHits.filter((h) => h.d?.date === h.f.date);
  const datedEvents: Metric = {
    name: 'events with the exact EDTF date',
    found: exact.length,
    of: finished.events.length,
    misses: eventHits
      .filter((h) => !exact.includes(h))
      .map((h) => `${h.f.id} (${h.f.date}${h.d ? `, drafted ${h.d.date}` : ', not found'})`),
  };

  const draftDates = new Set([...draft.events, ...draft.statements, ...draft.relationships].map((x) => x.date));
  const finishedDates = [
    ...new Set([...finished.events, ...finished.statements, ...finished.relationships].map((x) => x.date)),
  ].filter((d): d is string => d !== undefined && !d.startsWith('..'));
  const dateExpressions: Metric = {
    name: 'dates (distinct EDTF values, not "on or before publication")',
    found: finishedDates.filter((d) => draftDates.has(d)).length,
    of: finishedDates.length,
    misses: finishedDates.filter((d) => !draftDates.has(d)),
  };

  const relKey = (source: string, type: string, target: string) => `${source} ${type} ${target}`;
  const draftRels = new Set(
    draft.relationships.map((r) =>
      relKey(actorMap.get(r.source) ?? r.source, r.type, actorMap.get(r.target) ?? r.target),
    ),
  );
  const relHit = (r: Doc['relationships'][number]) => draftRels.has(relKey(r.source, r.type, r.target));
  const relationships: Metric = {
    name: 'relationships (same source, type, target)',
    found: finished.relationships.filter(relHit).length,
    of: finished.relationships.length,
    precision: {
      right: draft.relationships.filter((r) =>
        finished.relationships.some(
          (f) =>
            relKey(f.source, f.type, f.target) ===
            relKey(actorMap.get(r.source) ?? '', r.type, actorMap.get(r.target) ?? ''),
        ),
      ).length,
      of: draft.relationships.length,
    },
    misses: finished.relationships.filter((r) => !relHit(r)).map((r) => r.id),
  };

  // More precise than the finished document: a narrower range for the same fact (matched by evidence).
  const overPrecise: string[] = [];
  const width = (edtf: string) => {
    const d = parseFuzzyDate(edtf);
    if (!d.earliest || !d.latest) return Infinity;
    return Date.parse(d.latest) - Date.parse(d.earliest);
  };
  const pairs = [
    // Only the same fact is compared: an event of another kind sharing a sentence is not a dating of this one.
    ...eventHits.filter((h) => h.d?.kind === h.f.kind).map((h) => ({ what: h.f.id, f: h.f.date, d: h.d!.date })),
    ...quoteHits.filter((h) => h.d).map((h) => ({ what: h.f.id, f: h.f.date, d: h.d!.date })),
    ...finished.relationships.flatMap((f) => {
      const d = draft.relationships.find((r) => overlaps(r.evidence, f.evidence) && f.date && r.date);
      return d && f.date && d.date ? [{ what: f.id, f: f.date, d: d.date }] : [];
    }),
  ];
  for (const p of pairs) if (width(p.d) < width(p.f)) overPrecise.push(`${p.what}: drafted ${p.d}, finished ${p.f}`);

  return {
    metrics: [
      actors,
      quotations,
      speakers,
      paraphrases,
      events,
      eventKinds,
      datedEvents,
      dateExpressions,
      relationships,
    ],
    overPrecise,
  };
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`);

export function formatScore(score: Score): string {
  const rows = score.metrics.map(
    (m) =>
      `| ${m.name} | ${m.found}/${m.of} (${pct(m.found, m.of)}) | ${m.precision ? `${m.precision.right}/${m.precision.of} (${pct(m.precision.right, m.precision.of)})` : '–'} | ${m.misses.join(', ') || '–'} |`,
  );
  return [
    '| measure | recall | precision | missed |',
    '|---|---|---|---|',
    ...rows,
    `| dates more precise than the finished document | ${score.overPrecise.length} | | ${score.overPrecise.join('; ') || '–'} |`,
  ].join('\n');
}

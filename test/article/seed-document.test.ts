// The shipped article documents: every span matches its text, and the seed article holds the facts the app relies on.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, findArticleFiles, loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import type { FuzzyDate } from '../../core/domain/types.ts';
import { locateSpans } from '../../seed/tools/span-locator.ts';

const DRAFTS_DIR = path.resolve(DEFAULT_ARTICLES_DIR, '../tools/drafts');

interface RawSpan {
  path: string;
  start: unknown;
  end: unknown;
  quote: unknown;
}

/** Every object with a `quote` in a raw document, wherever the format puts one: no list of span fields to forget. */
function rawSpans(value: unknown, at = ''): RawSpan[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => rawSpans(v, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('quote' in record) return [{ path: at, start: record.start, end: record.end, quote: record.quote }];
  return Object.entries(record).flatMap(([k, v]) => rawSpans(v, at ? `${at}.${k}` : k));
}

const files = await findArticleFiles([DEFAULT_ARTICLES_DIR]);
const articles = await loadArticles();

describe.each(files.map((file) => ({ file, name: path.basename(file) })))('$name', ({ file }) => {
  it('quotes the text exactly at every span', async () => {
    const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
    const textFile = (raw as { source: { textFile: string } }).source.textFile;
    const text = await readFile(path.resolve(path.dirname(file), textFile), 'utf8');
    const spans = rawSpans(raw);
    expect(spans.length).toBeGreaterThan(0);
    const wrong = spans.filter(
      (s) => typeof s.start !== 'number' || typeof s.end !== 'number' || text.slice(s.start, s.end) !== s.quote,
    );
    expect(wrong).toEqual([]);
  });

  it('carries every span through the loader with the source id', () => {
    const article = articles.find((a) => a.file === file);
    if (!article) throw new Error(`${file} was not loaded`);
    const all = [
      ...article.source.citations.flatMap((c) => c.evidence),
      ...article.actors.flatMap((a) => a.evidence),
      ...article.events.flatMap((e) => [...e.evidence, ...e.links.flatMap((l) => l.evidence)]),
      ...article.statements.flatMap((s) => s.evidence),
      ...article.relationships.flatMap((r) => r.evidence),
    ];
    for (const span of all) {
      expect(span.sourceId).toBe(article.source.id);
      expect(article.source.text.slice(span.start, span.end)).toBe(span.quote);
    }
  });

  it('dates nothing after its own publication', () => {
    const article = articles.find((a) => a.file === file);
    if (!article) throw new Error(`${file} was not loaded`);
    const dated: Array<[string, FuzzyDate | null]> = [
      ...article.events.map((e): [string, FuzzyDate] => [e.id, e.date]),
      ...article.statements.map((s): [string, FuzzyDate] => [s.id, s.date]),
      ...article.relationships.map((r): [string, FuzzyDate | null] => [r.id, r.date]),
    ];
    const late = dated.filter(([, d]) => d !== null && (d.earliest ?? '') > article.source.publishedAt);
    expect(late).toEqual([]);
  });
});

const drafts = (await readdir(DRAFTS_DIR)).filter((n) => n.endsWith('.draft.json')).sort();

describe('drafts', () => {
  it.each(drafts)('%s generates exactly the committed document', async (name) => {
    const draft: unknown = JSON.parse(await readFile(path.join(DRAFTS_DIR, name), 'utf8'));
    const documentFile = path.join(DEFAULT_ARTICLES_DIR, name.replace(/\.draft\.json$/, '.json'));
    const document: unknown = JSON.parse(await readFile(documentFile, 'utf8'));
    const text = await readFile(
      path.join(DEFAULT_ARTICLES_DIR, (document as { source: { textFile: string } }).source.textFile),
      'utf8',
    );
    expect(locateSpans(draft, text)).toEqual(document);
  });
});

describe('thin-line-news-2025-05-05', () => {
  const found = articles.find((a) => a.source.id === 'thin-line-news-2025-05-05');
  if (!found) throw new Error('the seed article is missing');
  const article: ParsedArticle = found;
  const actor = (id: string) => article.actors.find((a) => a.id === id);
  const event = (id: string) => article.events.find((e) => e.id === id);
  const statement = (id: string) => article.statements.find((s) => s.id === id);

  it('describes its source', () => {
    expect(article.source).toMatchObject({
      title: 'Mexico rejects U.S. military assistance amid rising cartel violence',
      publisher: 'Thin Line News',
      publishedAt: '2025-05-05',
    });
    expect(article.source.citations.map((c) => [c.actorId, c.evidence.map((e) => e.quote)])).toEqual([
      ['usa-herald', ['According to the USA Herald']],
    ]);
  });

  it.each([
    ['claudia-sheinbaum', 'PERSON'],
    ['donald-trump', 'PERSON'],
    ['nayib-bukele', 'PERSON'],
    ['mexico', 'COUNTRY'],
    ['united-states', 'COUNTRY'],
    ['el-salvador', 'COUNTRY'],
    ['mexican-drug-cartels', 'GROUP'],
    ['us-northern-command', 'ORGANIZATION'],
    ['us-lawmakers', 'GROUP'],
    ['us-intelligence-analysts-and-policy-experts', 'GROUP'],
    ['usa-herald', 'MEDIA'],
  ])('has actor %s of kind %s', (id, kind) => {
    expect(actor(id)?.kind).toBe(kind);
  });

  it('gives the presidents the roles the article states', () => {
    expect(actor('claudia-sheinbaum')?.roles).toContainEqual({ title: 'President of Mexico', ofActorId: 'mexico' });
    expect(actor('nayib-bukele')?.roles).toContainEqual({
      title: 'President of El Salvador',
      ofActorId: 'el-salvador',
    });
    expect(actor('donald-trump')?.aliases).toEqual(expect.arrayContaining(['Trump', 'President Trump']));
  });

  it.each([
    ['2025-01-trump-border-directive', 'directive', '2025-01-01', '2025-01-31', 'month'],
    ['2025-02-us-cartel-fto-designation', 'designation', '2025-02-01', '2025-02-28', 'month'],
    ['trump-proposal-us-troops-in-mexico', 'proposal', null, '2025-05-05', 'open'],
    ['sheinbaum-rejection-us-troops-in-mexico', 'rejection', null, '2025-05-05', 'open'],
    ['sheinbaum-eastern-mexico-speech-on-sovereignty', 'speech', null, '2025-05-05', 'open'],
    ['sheinbaum-national-palace-press-conference-on-us-troops', 'press-conference', null, '2025-05-05', 'open'],
    ['us-northern-command-border-operations-expansion', 'military-operations', '2025-01-01', '2025-05-05', 'month'],
    ['us-military-presence-southern-border-increase', 'military-deployment', '2025-02-01', '2025-05-05', 'month'],
    ['us-lawmakers-punitive-measures-against-mexico', 'legislative-deliberation', null, '2025-05-05', 'open'],
    ['el-salvador-gang-crackdown', 'crackdown', null, '2025-05-05', 'open'],
  ])('dates event %s (%s) from %s to %s, precision %s', (id, kind, earliest, latest, precision) => {
    expect(event(id)?.kind).toBe(kind);
    expect(event(id)?.date).toMatchObject({ earliest, latest, precision });
  });

  it('says the speech is undated rather than inventing publication day', () => {
    const speech = event('sheinbaum-eastern-mexico-speech-on-sovereignty');
    expect(speech?.date.edtf).toBe('../2025-05-05');
    expect(speech?.description).toMatch(/does not date/);
  });

  it('links events where the article states cause or sequence', () => {
    const links = article.events.flatMap((e) => e.links.map((l) => `${e.id} ${l.type} ${l.targetId}`));
    expect(links).toEqual(
      expect.arrayContaining([
        '2025-02-us-cartel-fto-designation CAUSED us-military-presence-southern-border-increase',
        'us-northern-command-border-operations-expansion FOLLOWED 2025-01-trump-border-directive',
        'sheinbaum-rejection-us-troops-in-mexico RESPONDS_TO trump-proposal-us-troops-in-mexico',
      ]),
    );
  });

  it("nests Trump's words inside Sheinbaum's quote", () => {
    const hers = statement('claudia-sheinbaum-sovereignty-is-not-for-sale');
    const his = statement('donald-trump-how-can-we-help-you-fight-drug-trafficking');
    expect(hers).toMatchObject({
      speakerId: 'claudia-sheinbaum',
      kind: 'QUOTE',
      eventId: 'sheinbaum-national-palace-press-conference-on-us-troops',
    });
    expect(hers?.text).toContain('Sovereignty is not for sale');
    expect(his).toMatchObject({
      speakerId: 'donald-trump',
      kind: 'QUOTE',
      quotedInId: hers?.id,
      eventId: 'trump-proposal-us-troops-in-mexico',
    });
    expect(hers?.text).toContain(his?.text);
    expect(hers?.quoteIds).toContain(his?.id);
  });

  it('quotes Bukele verbatim, em dash included', () => {
    const bukele = article.statements.filter((s) => s.speakerId === 'nayib-bukele' && s.kind === 'QUOTE');
    expect(bukele).toHaveLength(1);
    expect(bukele[0]?.text).toContain("You can't talk about sovereignty");
    expect(bukele[0]?.text).toContain('outsourcing it\u2014straight');
  });

  it('attributes the paraphrases', () => {
    const paraphrases = article.statements.filter((s) => s.kind === 'PARAPHRASE').map((s) => s.speakerId);
    expect(paraphrases).toEqual(
      expect.arrayContaining([
        'us-intelligence-analysts-and-policy-experts',
        'us-lawmakers',
        'mexico',
        'claudia-sheinbaum',
      ]),
    );
  });

  it('dates some relationships in January-February 2025 and leaves others undated', () => {
    const inJanFeb = article.relationships.filter(
      (r) =>
        r.date &&
        r.date.earliest !== null &&
        r.date.latest !== null &&
        r.date.earliest >= '2025-01-01' &&
        r.date.latest <= '2025-02-28',
    );
    expect(inJanFeb.map((r) => r.id).sort()).toEqual([
      'rel-donald-trump-designated-as-terrorist-organization-mexican-drug-cartels',
      'rel-donald-trump-directed-us-northern-command',
    ]);
    expect(article.relationships.filter((r) => r.date === null).length).toBeGreaterThanOrEqual(3);
    const proposal = article.relationships.find((r) => r.id === 'rel-donald-trump-proposed-to-claudia-sheinbaum');
    expect(proposal?.date).toMatchObject({ earliest: null, latest: '2025-05-05', precision: 'open' });
  });
});

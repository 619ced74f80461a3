// The evidence panel's grouping rules: evidence by source, a dispute's claims by value, and their labels.
import { describe, expect, it } from 'vitest';
import type { ApiClaim, ApiEvidence, ApiSource } from '../../core/api/api-types.ts';
import { claimLabel, type ClaimLookup } from '../../client/src/detail/claim-label.ts';
import { claimSides, groupBySource, sidesSummary } from '../../client/src/detail/source-groups.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';

const source = (id: string, publisher: string, publishedAt: string): ApiSource => ({
  id,
  title: `${publisher} report`,
  publisher,
  publishedAt,
  url: null,
});
const NW = source('nw', 'Newsweek', '2025-05-03');
const DB = source('db', 'The Daily Beast', '2025-05-04');
const TL = source('tl', 'Thin Line News', '2025-05-05');

const span = (s: ApiSource, start: number): ApiEvidence => ({
  quote: `q${start}`,
  start,
  end: start + 2,
  context: { before: '', quote: `q${start}`, after: '' },
  source: s,
});

const claim = (s: ApiSource, field: string, value: string): ApiClaim => ({
  field,
  value,
  date: field === 'date' ? parseFuzzyDate(value) : null,
  source: s,
  evidence: [],
});

const LOOKUP: ClaimLookup = {
  entry: (id) =>
    ({
      palace: { title: 'Press conference at the National Palace', date: { label: 'on or before 5 May 2025' } },
      speech: { title: 'Speech', date: { label: '3 May 2025' } },
    })[id],
  actor: (id) => ({ 'claudia-sheinbaum': { name: 'Claudia Sheinbaum' } })[id],
};

describe('groupBySource', () => {
  it('puts each span under its source, sources in the given order, spans in theirs', () => {
    const spans = [span(TL, 5), span(NW, 1), span(TL, 2), span(DB, 9)];
    const groups = groupBySource(spans, [NW, DB, TL]);
    expect(groups.map((g) => g.source.id)).toEqual(['nw', 'db', 'tl']);
    expect(groups.map((g) => g.spans.map((s) => s.start))).toEqual([[1], [9], [5, 2]]);
  });

  it('leaves out sources without spans and adds unlisted ones in order of first appearance', () => {
    const groups = groupBySource([span(TL, 1), span(DB, 2)], [NW, DB]);
    expect(groups.map((g) => g.source.id)).toEqual(['db', 'tl']);
  });
});

describe('claimSides', () => {
  it('sets agreeing sources on one side, each side named by what it says', () => {
    const sides = claimSides(
      {
        field: 'event',
        claims: [claim(DB, 'event', 'speech'), claim(NW, 'event', 'speech'), claim(TL, 'event', 'palace')],
      },
      (c) => claimLabel(c, LOOKUP),
    );
    expect(sides.map((s) => [s.sources.map((x) => x.id), s.label])).toEqual([
      [['db', 'nw'], 'Speech, 3 May 2025'],
      [['tl'], 'Press conference at the National Palace, on or before 5 May 2025'],
    ]);
    expect(sidesSummary(sides)).toBe(
      'The Daily Beast, Newsweek: Speech, 3 May 2025 · Thin Line News: Press conference at the National Palace, on or before 5 May 2025',
    );
  });
});

describe('claimLabel', () => {
  it('reads dates, references, participants and text as a reader would', () => {
    expect(claimLabel(claim(TL, 'date', '2025-02'), LOOKUP)).toBe('February 2025');
    expect(claimLabel(claim(TL, 'speaker', 'claudia-sheinbaum'), LOOKUP)).toBe('Claudia Sheinbaum');
    expect(claimLabel(claim(TL, 'participants', 'claudia-sheinbaum|addressee'), LOOKUP)).toBe(
      'Claudia Sheinbaum (addressee)',
    );
    expect(claimLabel(claim(TL, 'text', 'No, President Trump.'), LOOKUP)).toBe('“No, President Trump.”');
    // An id the app has not loaded is shown as it is, not dropped.
    expect(claimLabel(claim(TL, 'event', 'elsewhere'), LOOKUP)).toBe('elsewhere');
  });
});

// The authoring helper that turns quote-only draft spans into offsets; it must never guess.
import { describe, expect, it } from 'vitest';
import { SpanLocationError, locateSpans, occurrencesOf } from '../../seed/tools/span-locator.ts';

const text = 'He said \u2018no\u2019 \u2014 twice: no, no.';

describe('locateSpans', () => {
  it('fills start and end as UTF-16 indices, so text.slice gives the quote back', () => {
    const out = locateSpans({ evidence: [{ quote: 'twice' }, { quote: '\u2018no\u2019' }] }, text) as {
      evidence: Array<{ start: number; end: number; quote: string }>;
    };
    for (const span of out.evidence) expect(text.slice(span.start, span.end)).toBe(span.quote);
    expect(out.evidence[0]).toEqual({ start: 15, end: 20, quote: 'twice' });
  });

  it('picks the n-th occurrence (1-based) when asked', () => {
    expect(locateSpans({ quote: 'no', occurrence: 3 }, text)).toEqual({ start: 26, end: 28, quote: 'no' });
  });

  it('copies everything that is not a span untouched', () => {
    const draft = { id: 'x', aliases: ['a'], roles: [{ title: 'T' }], n: 1, ok: true, none: null };
    expect(locateSpans(draft, text)).toEqual(draft);
  });

  it.each([
    [{ a: [{ quote: 'yes' }] }, 'a[0]: quote not found'],
    [{ a: { b: [{ quote: 'no' }] } }, 'a.b[0]: quote appears 3 times'],
    [{ quote: 'no', occurrence: 4 }, 'occurrence must be an integer in 1..3'],
    [{ quote: 'no', occurrence: 0 }, 'occurrence must be an integer in 1..3'],
    [{ quote: 'twice', start: 1 }, 'not "start"'],
    [{ quote: '' }, 'quote must be a non-empty string'],
  ])('fails loudly on %j', (draft, message) => {
    expect(() => locateSpans(draft, text)).toThrow(SpanLocationError);
    expect(() => locateSpans(draft, text)).toThrow(message);
  });
});

describe('occurrencesOf', () => {
  it('counts overlapping matches, so an ambiguous quote is never missed', () => {
    expect(occurrencesOf('aaa', 'aa')).toEqual([0, 1]);
  });
});

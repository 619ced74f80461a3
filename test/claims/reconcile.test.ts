// The reconciliation rule (docs/claims.md) on hand-made claims: each case is checked in every order of its claims.
import { permutations } from './permutations.ts';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../server/domain/claims/claim.ts';
import { reconcileDates, edtfOfRange } from '../../server/domain/claims/reconcile-date.ts';
import { reconcileSubject } from '../../server/domain/claims/reconcile-subject.ts';
import { sameQuote } from '../../server/domain/claims/wordings.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';

const published = new Map([
  ['a-news', '2025-05-05'],
  ['b-daily', '2025-05-04'],
  ['c-wire', '2025-05-06'],
  ['d-post', '2025-05-04'],
]);

function claim(field: string, value: string, sourceId: string, subjectType: Claim['subjectType'] = 'Event'): Claim {
  const isDate = field === 'date';
  return {
    subjectType,
    subjectId: 'x',
    field,
    value,
    date: isDate ? parseFuzzyDate(value) : null,
    sourceId,
    evidence: [{ sourceId, start: 0, end: 1, quote: 'x' }],
  };
}

/** The reconciled subject, asserted to be the same for every order of the claims. */
function reconcileEveryOrder(type: Claim['subjectType'], claims: Claim[]) {
  const results = permutations(claims).map((p) => reconcileSubject(type, p, published));
  for (const r of results) expect(r).toEqual(results[0]);
  return results[0]!;
}

describe('dates', () => {
  it('intersect: ../2025-05-05 and 2025-05-03 give 2025-05-03, agreed', () => {
    const r = reconcileEveryOrder('Event', [
      claim('date', '../2025-05-05', 'a-news'),
      claim('date', '2025-05-03', 'b-daily'),
    ]);
    expect(r.dates.get('date')).toMatchObject({ edtf: '2025-05-03', precision: 'day', label: '3 May 2025' });
    expect(r.disputedFields).toEqual([]);
  });

  it('keep the precision of the intersection: a month and a day inside it give the day; two open ranges a range', () => {
    expect(reconcileDates([parseFuzzyDate('2025-05'), parseFuzzyDate('2025-05-20')]).date.edtf).toBe('2025-05-20');
    expect(reconcileDates([parseFuzzyDate('2025-04-20/..'), parseFuzzyDate('../2025-05-05')]).date.edtf).toBe(
      '2025-04-20/2025-05-05',
    );
    expect(reconcileDates([parseFuzzyDate('2025'), parseFuzzyDate('2025-04/2025-06')]).date.edtf).toBe(
      '2025-04/2025-06',
    );
    expect(edtfOfRange('2025-02-01', '2025-02-28')).toBe('2025-02');
    expect(edtfOfRange('2025-01-01', '2025-12-31')).toBe('2025');
    expect(edtfOfRange(null, '2025-05-05')).toBe('../2025-05-05');
  });

  it('that do not overlap are disputed and show the range covering all of them', () => {
    const r = reconcileEveryOrder('Event', [
      claim('date', '2025-05-03', 'a-news'),
      claim('date', '2025-05-01', 'b-daily'),
      claim('date', '../2025-05-05', 'c-wire'),
    ]);
    expect(r.disputedFields).toEqual(['date']);
    // c-wire's open start keeps the covering range open at the start.
    expect(r.dates.get('date')!.edtf).toBe('../2025-05-05');
    const closed = reconcileDates([parseFuzzyDate('2025-05-03'), parseFuzzyDate('2025-05-01')]);
    expect(closed).toMatchObject({ disputed: true, date: { edtf: '2025-05-01/2025-05-03' } });
  });

  it('open at opposite ends and apart ("on or before" one day, "on or after" a later one) span the known ends', () => {
    // The covering range of `../2021-05-14` and `2022-06-20/..` would be open at both ends, which says nothing; the
    // known ends, in order, are what the sources pin down between them.
    for (const order of [
      ['../2021-05-14', '2022-06-20/..'],
      ['2022-06-20/..', '../2021-05-14'],
    ]) {
      const r = reconcileDates(order.map((d) => parseFuzzyDate(d)));
      expect(r).toMatchObject({ disputed: true, date: { edtf: '2021-05-14/2022-06-20' } });
    }
  });
});

describe('other fields', () => {
  it('agree: that value, no dispute', () => {
    const r = reconcileEveryOrder('Event', [claim('kind', 'speech', 'a-news'), claim('kind', 'speech', 'c-wire')]);
    expect(r.values.get('kind')).toBe('speech');
    expect(r.disputedFields).toEqual([]);
  });

  it('differ: disputed; shown by most sources, then earliest publication, then source id', () => {
    const most = reconcileEveryOrder('Statement', [
      claim('event', 'press-conference', 'a-news', 'Statement'),
      claim('event', 'speech', 'b-daily', 'Statement'),
      claim('event', 'press-conference', 'c-wire', 'Statement'),
    ]);
    expect(most.values.get('event')).toBe('press-conference');
    expect(most.disputedFields).toEqual(['event']);
    const earliest = reconcileEveryOrder('Statement', [
      claim('event', 'press-conference', 'a-news', 'Statement'),
      claim('event', 'speech', 'b-daily', 'Statement'),
    ]);
    expect(earliest.values.get('event')).toBe('speech'); // b-daily published a day earlier
    const byId = reconcileEveryOrder('Statement', [
      claim('event', 'speech', 'd-post', 'Statement'),
      claim('event', 'press-conference', 'b-daily', 'Statement'),
    ]);
    expect(byId.values.get('event')).toBe('press-conference'); // same day: b-daily < d-post
  });

  it('an event title or description (the curator’s words) is kept per source and never disputed', () => {
    const r = reconcileEveryOrder('Event', [
      claim('title', 'A speech', 'a-news'),
      claim('title', 'The speech', 'c-wire'),
    ]);
    expect(r.disputedFields).toEqual([]);
    expect(r.claims.map((c) => c.value)).toEqual(['A speech', 'The speech']);
  });
});

describe('statement wordings', () => {
  it('differing only in punctuation, case, spacing or length are one quote; the rule picks one', () => {
    expect(
      sameQuote(
        'No, President Trump. Sovereignty is not for sale.',
        'no president trump,  sovereignty is NOT for sale',
      ),
    ).toBe(true);
    expect(
      sameQuote(
        'Sovereignty is not for sale',
        'No, President Trump. Sovereignty is not for sale. Sovereignty is loved',
      ),
    ).toBe(true);
    const r = reconcileEveryOrder('Statement', [
      claim('text', 'No, President Trump. Sovereignty is not for sale.', 'a-news', 'Statement'),
      claim('text', 'No, President Trump, sovereignty is not for sale', 'b-daily', 'Statement'),
      claim('text', 'Sovereignty is not for sale', 'c-wire', 'Statement'),
    ]);
    expect(r.disputedFields).toEqual([]);
    expect(r.values.get('text')).toBe('No, President Trump, sovereignty is not for sale'); // earliest publication
    expect(r.claims.filter((c) => c.field === 'text')).toHaveLength(3);
  });

  it('that say different things are disputed', () => {
    const r = reconcileEveryOrder('Statement', [
      claim('text', 'Sovereignty is not for sale.', 'a-news', 'Statement'),
      claim('text', 'Sovereignty is loved and defended.', 'b-daily', 'Statement'),
    ]);
    expect(r.disputedFields).toEqual(['text']);
  });
});

describe('lists', () => {
  it('are unions whose items keep their sources', () => {
    const r = reconcileEveryOrder('Event', [
      claim('participants', 'claudia-sheinbaum|speaker', 'a-news'),
      claim('participants', 'claudia-sheinbaum|speaker', 'b-daily'),
      claim('participants', 'donald-trump|addressee', 'b-daily'),
    ]);
    expect(r.lists.get('participants')).toEqual(['claudia-sheinbaum|speaker', 'donald-trump|addressee']);
    expect(r.claims.filter((c) => c.value === 'claudia-sheinbaum|speaker').map((c) => c.sourceId)).toEqual([
      'a-news',
      'b-daily',
    ]);
    expect(r.disputedFields).toEqual([]);
    expect(r.reportedBy).toEqual(['a-news', 'b-daily']);
  });
});

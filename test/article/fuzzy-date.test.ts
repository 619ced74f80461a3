// parseFuzzyDate: EDTF in, bounds + precision + label out; anything else is a short InvalidDateError.
import { describe, expect, it } from 'vitest';
import { InvalidDateError, parseFuzzyDate, sortKeyOf } from '../../core/dates/fuzzy-date.ts';

describe('parseFuzzyDate', () => {
  it.each([
    ['2025-05-05', '2025-05-05', '2025-05-05', 'day', '5 May 2025'],
    ['2025-05', '2025-05-01', '2025-05-31', 'month', 'May 2025'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month', 'February 2024'],
    ['2025', '2025-01-01', '2025-12-31', 'year', '2025'],
    ['../2025-05-05', null, '2025-05-05', 'open', 'on or before 5 May 2025'],
    ['2025-05-05/..', '2025-05-05', null, 'open', 'on or after 5 May 2025'],
    ['2025-01/2025-05-05', '2025-01-01', '2025-05-05', 'month', 'between January 2025 and 5 May 2025'],
    ['2025-01-20/2025-02-03', '2025-01-20', '2025-02-03', 'day', 'between 20 January 2025 and 3 February 2025'],
    ['2024/2025-03', '2024-01-01', '2025-03-31', 'year', 'between 2024 and March 2025'],
    ['2025-02~', '2025-02-01', '2025-02-28', 'month', 'about February 2025'],
    ['2025~', '2025-01-01', '2025-12-31', 'year', 'about 2025'],
  ])('reads %s as %s..%s (%s, "%s")', (input, earliest, latest, precision, label) => {
    expect(parseFuzzyDate(input)).toEqual({ edtf: input, earliest, latest, precision, label });
  });

  it.each([
    ['2025-13', /"2025-13" is not a supported EDTF date/],
    ['2025-02-30', /2025-02-30 is not a calendar day: February 2025 has 28 days/],
    ['May 5, 2025', /not a supported EDTF date/],
    ['', /not a supported EDTF date/],
    ['2025-05-05/2025-01-01', /not a supported EDTF date/],
    ['../..', /needs at least one known end/],
    ['2025-21', /Season values are not supported/],
    ['{2025,2026}', /List values are not supported/],
  ])('rejects %j with a short, single-line InvalidDateError', (input, message) => {
    let error: unknown;
    try {
      parseFuzzyDate(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDateError);
    const { message: text, input: given } = error as InvalidDateError;
    expect(given).toBe(input);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThan(160);
  });
});

describe('sortKeyOf', () => {
  it('orders by the earliest bound, an open start by its latest, and undated last', () => {
    expect(sortKeyOf(parseFuzzyDate('2025-02'))).toBe('2025-02-01');
    expect(sortKeyOf(parseFuzzyDate('../2025-05-05'))).toBe('2025-05-05');
    expect(sortKeyOf(parseFuzzyDate('2025-05-05/..'))).toBe('2025-05-05');
    expect(sortKeyOf(null)).toBe('9999-12-31');
  });
});

describe('unspecified digits and uncertainty', () => {
  it('labels unspecified digits by the range they leave, never by its first day', () => {
    expect(parseFuzzyDate('2025-XX')).toMatchObject({
      earliest: '2025-01-01',
      latest: '2025-12-31',
      precision: 'year',
      label: '2025',
    });
    expect(parseFuzzyDate('198X')).toMatchObject({
      earliest: '1980-01-01',
      latest: '1989-12-31',
      precision: 'year',
      label: 'between 1980 and 1989',
    });
    expect(parseFuzzyDate('2025-02-1X')).toMatchObject({
      precision: 'month',
      label: 'between 10 February 2025 and 19 February 2025',
    });
  });

  it('says "possibly" for uncertain and "about" for approximate dates', () => {
    expect(parseFuzzyDate('2025-02?').label).toBe('possibly February 2025');
    expect(parseFuzzyDate('2025-02~').label).toBe('about February 2025');
  });
});

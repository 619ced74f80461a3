// Date expressions resolved against the publication day, never more precise than the words.
import { expect, it } from 'vitest';
import { findDates } from '../../seed/draft/dates.ts';
import { buildTextModel } from '../../seed/draft/text-model.ts';

const dates = (text: string, published = '2025-05-05') =>
  findDates(buildTextModel(text), published).map((d) => ({
    words: text.slice(d.start, d.end),
    edtf: d.edtf,
    note: d.note,
  }));

it('gives a month for a month and a year for a year', () => {
  expect(dates('The designation came in February.')).toEqual([
    { words: 'February', edtf: '2025-02', note: '"February": year taken from publication on 2025-05-05' },
  ]);
  expect(dates('It was signed on March 3, 2024.')[0]?.edtf).toBe('2024-03-03');
});

it('resolves a weekday to the day before publication, and says so', () => {
  // 2025-05-05 is a Monday: "Saturday" is 3 May.
  expect(dates('Sheinbaum spoke on Saturday.')).toEqual([
    {
      words: 'on Saturday',
      edtf: '2025-05-03',
      note: 'resolved from the weekday "Saturday" against publication on 2025-05-05',
    },
  ]);
  // What the article announces for later starts at publication, open-ended (seed/README.md).
  expect(dates('Talks will resume on Thursday.')[0]).toMatchObject({
    edtf: '2025-05-05/..',
    note: expect.stringMatching(/"Thursday".*after publication, so "on or after 2025-05-05"$/),
  });
  expect(dates('They meet next week.')[0]?.edtf).toBe('2025-05-05/..');
});

it('gives ranges for weeks, months for "last month", and no day for "recently"', () => {
  expect(dates('Officials met last week.')[0]?.edtf).toBe('2025-04-28/2025-05-04');
  expect(dates('Officials met last month.')[0]?.edtf).toBe('2025-04');
  expect(dates('The minister recently resigned.')[0]?.edtf).toBe('../2025-05-05');
  expect(dates('Troops have been deployed since February.')[0]?.edtf).toBe('2025-02/2025-05-05');
});

it('reads the day in "the night of June 22"', () => {
  expect(dates('On the night of June 22, the US attacked.', '2025-06-27')[0]).toMatchObject({
    words: 'June 22',
    edtf: '2025-06-22',
  });
});

it('ignores the present tense and times of day, and marks the dateline', () => {
  expect(dates('Lawmakers are now considering it at a morning session.')).toEqual([]);
  const [line] = findDates(buildTextModel('Headline\n\nMay 5, 2025\n\nText.'), '2025-05-05');
  expect(line?.dateline).toBe(true);
});

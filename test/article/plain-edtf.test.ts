// The plain-EDTF fast path must answer exactly as the edtf grammar does, or step aside (null) for it.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseFuzzyDateWithEdtf } from '../../core/dates/fuzzy-date.ts';
import { parsePlainEdtf } from '../../core/dates/plain-edtf.ts';

/** What the edtf path says: a FuzzyDate, or the error's message. */
function viaEdtf(input: string): unknown {
  try {
    return parseFuzzyDateWithEdtf(input);
  } catch (e) {
    return { error: (e as Error).message };
  }
}

// Every day of a leap and a common year, every month and year around them, and the edges of the plain form.
const days = ['2023', '2024'].flatMap((y) =>
  Array.from({ length: 12 }, (_, m) => String(m + 1).padStart(2, '0')).flatMap((m) =>
    Array.from({ length: 32 }, (_, d) => `${y}-${m}-${String(d).padStart(2, '0')}`),
  ),
);
const months = ['1999', '2000', '2024', '2025'].flatMap((y) =>
  Array.from({ length: 14 }, (_, m) => `${y}-${String(m).padStart(2, '0')}`),
);
const years = ['0999', '1000', '1900', '2000', '2025', '9999', '0000', '12345'];
const singles = [...days.filter((_, i) => i % 7 === 0), ...months, ...years, '2025-02-29', '2024-02-29'];
const ends = ['2025-05-05', '2025-05', '2025', '2024-12-31', '2025-05-04', '2025-06', '2026', '2025-02-30', '2025-13'];
const intervals = [
  ...ends.flatMap((a) => ends.map((b) => `${a}/${b}`)),
  ...ends.flatMap((e) => [`../${e}`, `${e}/..`, `${e}/`, `/${e}`]),
  '../..',
  '2025-05-05/../..',
];
const other = ['', '2025-05-05~', '2025?', '2025-XX', '2025-21', '{2025,2026}', ' 2025', '2025-5-5', '20250505'];

describe('parsePlainEdtf', () => {
  it('agrees with the edtf grammar wherever it answers', () => {
    const inputs = [...singles, ...intervals, ...other];
    const answered = inputs.filter((input) => parsePlainEdtf(input) !== null);
    const disagreements = answered.filter((input) => !isDeepStrictEqual(parsePlainEdtf(input), viaEdtf(input)));
    expect(disagreements).toEqual([]);
    // Not vacuous: most plain inputs are answered here.
    expect(answered.length).toBeGreaterThan(inputs.length / 2);
  });

  it('takes the common forms itself', () => {
    for (const input of ['2025-05-05', '2025-05', '2025', '../2025-05-05', '2025-05/..', '2025-01/2025-05-05'])
      expect(parsePlainEdtf(input)).not.toBeNull();
  });

  it('leaves qualifiers, unspecified digits, unknown ends, impossible days and overlapping ends to edtf', () => {
    for (const input of ['2025~', '2025-XX', '2025-05-05/', '2025-02-30', '2025-13', '2025/2025-03', '0999'])
      expect(parsePlainEdtf(input)).toBeNull();
  });
});

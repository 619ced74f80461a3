// The window's date fields: shown in the labels' format, read in ISO, the labels' format or the browser
// locale's digit order, and refusing impossible days in words.
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../client/src/ui/day-input.ts';

describe('formatDay', () => {
  it('writes a day as the labels do, not mm/dd/yyyy', () => {
    expect(formatDay('2025-05-05')).toBe('5 May 2025');
    expect(formatDay('2024-12-15')).toBe('15 December 2024');
  });
});

describe('parseDay', () => {
  it.each([
    ['2025-05-05', 'en-US', '2025-05-05'],
    ['5 May 2025', 'en-US', '2025-05-05'],
    ['May 5, 2025', 'en-GB', '2025-05-05'],
    ['5 Mai 2025', 'de-DE', '2025-05-05'],
    ['3/5/2025', 'en-GB', '2025-05-03'],
    ['5/3/2025', 'en-US', '2025-05-03'],
    ['05.03.2025', 'de-DE', '2025-03-05'],
  ])('reads %j in %s as %s', (text, locale, day) => expect(parseDay(text, locale)).toEqual({ day }));

  it('refuses a day the calendar does not have, in words', () => {
    expect(parseDay('2025-02-29', 'en-GB')).toEqual({
      error: '“2025-02-29” is not a calendar day: February 2025 has 28 days',
    });
    expect(parseDay('30 February 2025', 'en-GB')).toEqual({
      error: '“30 February 2025” is not a calendar day: February 2025 has 28 days',
    });
  });

  it('says how to write a day when it cannot read one', () => {
    expect(parseDay('soon', 'en-GB')).toEqual({ error: '“soon” is not a day; write it as 5 May 2025 or 2025-05-05' });
  });
});

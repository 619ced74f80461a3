// The CSV export: RFC 4180, one row per evidence span, and every quote intact through a CSV parser.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMELINE_CSV_COLUMNS, toTimelineCsv } from '../../server/export/timeline-csv.ts';
import type { Source, TimelineItem } from '../../core/domain/types.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { ITEMS, trickyData } from './fixtures/tricky-timeline.ts';
import { timelineItems } from '../support/full-timeline.ts';

type Row = Record<(typeof TIMELINE_CSV_COLUMNS)[number], string>;

const parseCsv = (text: string): Row[] =>
  parse(text, { columns: true, skip_empty_lines: false, relax_quotes: false }) as Row[];

describe('toTimelineCsv', () => {
  const text = toTimelineCsv(trickyData());
  const rows = parseCsv(text);

  it('round-trips quotes, commas, line breaks and markup through a CSV parser', () => {
    expect(rows).toHaveLength(ITEMS.reduce((n, i) => n + i.evidence.length, 0));
    const byQuote = new Map(rows.map((r) => [r.quote, r]));
    for (const item of ITEMS) {
      for (const e of item.evidence) {
        const row = byQuote.get(e.quote);
        expect(row, e.quote).toBeDefined();
        expect(row).toMatchObject({ item_id: item.id, quote_start: String(e.start), quote_end: String(e.end) });
      }
    }
    expect(byQuote.get('"We will not sign, not now, not ever."')?.title).toBe('We will not sign, not now, not ever.');
    expect(rows.find((r) => r.item_id === 'dispute')?.quote).toBe(
      'Officials in Mexico <City> & Monterrey disagreed.\nIn February',
    );
    expect(rows[0]).toMatchObject({
      source_title: 'Talks, "deadlocks" & <more>',
      source_publisher: 'Tricky News, Inc.',
      source_published_at: '2025-05-06',
    });
    expect(rows.find((r) => r.item_id === 'refusal')?.actors).toBe('Minister "M" Ruiz');
  });

  it('quotes only where RFC 4180 needs it and ends rows with CRLF', () => {
    expect(text.split('\r\n')[0]).toBe(TIMELINE_CSV_COLUMNS.join(','));
    expect(text).toContain('"Tricky News, Inc."');
    expect(text).toContain('"""We will not sign, not now, not ever."""');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes each item’s date as EDTF with its bounds and label', () => {
    expect(rows.find((r) => r.item_id === 'refusal')).toMatchObject({
      date_edtf: '../2025-05-05',
      earliest: '',
      latest: '2025-05-05',
      date_label: 'on or before 5 May 2025',
      precision: 'open',
    });
    expect(rows.find((r) => r.item_id === 'directive')).toMatchObject({
      date_edtf: '2025-02',
      earliest: '2025-02-01',
      latest: '2025-02-28',
      precision: 'month',
    });
  });
});

describe('GET /export/timeline.csv on the seed article', () => {
  let app: RunningApp;
  let items: TimelineItem[];
  let sources: Map<string, Source>;
  beforeAll(async () => {
    app = await startApp();
    items = await timelineItems(app.store);
    sources = new Map((await app.store.listSources()).map((s) => [s.id, s]));
  });
  afterAll(() => app.close());

  it('is a CSV download with one row per evidence span, each quote exactly the span of its source', async () => {
    const res = await fetch(`${app.url}/export/timeline.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="timeline.csv"');
    const rows = parseCsv(await res.text());
    expect(rows).toHaveLength(items.reduce((n, i) => n + i.evidence.length, 0));
    expect(new Set(rows.map((r) => r.item_id))).toEqual(new Set(items.map((i) => i.id)));
    for (const r of rows) {
      const source = sources.get(r.source_id);
      expect(source?.text.slice(Number(r.quote_start), Number(r.quote_end))).toBe(r.quote);
      expect(r.source_publisher).toBe('Thin Line News');
    }
  });
});

// The TimelineJS3 export: valid against the documented format, dates at the precision the sources give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toTimelineJS, type TimelineJSDocument, type TimelineJSSlide } from '../../server/documents/timelinejs.ts';
import type { TimelineItem } from '../../core/domain/types.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { trickyData } from './fixtures/tricky-timeline.ts';
import { timelineJSProblems } from './support/timelinejs-format.ts';
import { fullTimeline, timelineItems } from '../support/full-timeline.ts';

let app: RunningApp;
let items: TimelineItem[];

beforeAll(async () => {
  app = await startApp();
  items = await timelineItems(app.store);
});
afterAll(() => app.close());

async function fetchDoc(query = ''): Promise<TimelineJSDocument> {
  const res = await fetch(`${app.url}/export/timelinejs.json${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as TimelineJSDocument;
}

function slide(doc: TimelineJSDocument, id: string): TimelineJSSlide {
  const s = doc.events.find((e) => e.unique_id === id);
  if (!s) throw new Error(`no slide ${id}`);
  return s;
}

describe('GET /export/timelinejs.json on the seed article', () => {
  it('has every field the TimelineJS3 format requires, for every event', async () => {
    const doc = await fetchDoc();
    expect(timelineJSProblems(doc)).toEqual([]);
    expect(doc.events.map((e) => e.unique_id).sort()).toEqual(items.map((i) => i.id).sort());
    for (const e of doc.events) {
      expect(e.text.headline.length).toBeGreaterThan(0);
      expect(e.display_date).toBeTruthy();
      // Every slide names where its facts come from.
      expect(e.text.text).toContain(
        'Source: Thin Line News, “Mexico rejects U.S. military assistance amid rising cartel violence”, 5 May 2025',
      );
    }
  });

  it('gives month-precision events only a year and a month', async () => {
    const doc = await fetchDoc();
    const monthly = items.filter((i) => i.date.precision === 'month' && !i.date.edtf.includes('/'));
    expect(monthly.length).toBeGreaterThanOrEqual(2);
    for (const item of monthly) {
      const s = slide(doc, item.id);
      expect(Object.keys(s.start_date ?? {}).sort()).toEqual(['month', 'year']);
      expect(s.end_date).toBeUndefined();
      expect(s.display_date).toBe(item.date.label);
    }
    expect(slide(doc, '2025-02-us-cartel-fto-designation').start_date).toEqual({ year: 2025, month: 2 });
  });

  it('shows an open start at its latest bound with the date as the source gives it', async () => {
    const s = slide(await fetchDoc(), 'trump-proposal-us-troops-in-mexico');
    expect(s.start_date).toEqual({ year: 2025, month: 5, day: 5 });
    expect(s.end_date).toBeUndefined();
    expect(s.display_date).toBe('on or before 5 May 2025');
  });

  it('gives an interval an end date, each end at its own precision', async () => {
    const s = slide(await fetchDoc(), 'us-northern-command-border-operations-expansion');
    expect(s.start_date).toEqual({ year: 2025, month: 1 });
    expect(s.end_date).toEqual({ year: 2025, month: 5, day: 5 });
    expect(s.display_date).toBe('between January 2025 and 5 May 2025');
  });

  it('groups events by the lane they have in the app, by actor or by kind', async () => {
    expect(slide(await fetchDoc(), '2025-01-trump-border-directive').group).toBe('Donald Trump');
    const byKind = await fetchDoc('?laneBy=kind');
    expect(slide(byKind, '2025-01-trump-border-directive').group).toBe('Directive');
    expect(slide(byKind, 'claudia-sheinbaum-no-president-trump').group).toBe('Statements');
  });

  it('applies the filters', async () => {
    const doc = await fetchDoc('?actorIds=donald-trump&from=2025-01-01&to=2025-01-31');
    const expected = (
      await app.store.timeline(
        fullTimeline({ window: { from: '2025-01-01', to: '2025-01-31' }, actorIds: ['donald-trump'] }),
      )
    ).items;
    expect(doc.events.map((e) => e.unique_id)).toEqual(expected.map((i) => i.node.id));
    expect(doc.title.text.text).toContain('involving Donald Trump');
  });
});

describe('toTimelineJS', () => {
  const doc = toTimelineJS(trickyData());

  it('is valid for every precision', () => {
    expect(timelineJSProblems(doc)).toEqual([]);
    expect(slide(doc, 'talks').start_date).toEqual({ year: 2024 });
    expect(slide(doc, 'directive').start_date).toEqual({ year: 2025, month: 2 });
    expect(slide(doc, 'announcement').start_date).toEqual({ year: 2025, month: 5, day: 5 });
    expect(slide(doc, 'dispute')).toMatchObject({
      start_date: { year: 2025, month: 2 },
      end_date: { year: 2025, month: 5, day: 5 },
    });
  });

  it('escapes markup, since TimelineJS reads its text fields as HTML', () => {
    const s = slide(doc, 'directive');
    expect(s.text.headline).toBe('Ministry issues a «directive» &lt;draft&gt;');
    expect(s.group).toBe('Ministry &lt;Interior&gt;');
    expect(s.text.text).toContain('First of two, &quot;at least&quot;');
    expect(slide(doc, 'dispute').text.text).toContain('Mexico &lt;City&gt; &amp; Monterrey');
    expect(s.text.text).toContain('<a href="https://news.example.org/a?b=1&amp;c=2">');
    expect(JSON.stringify(doc)).not.toMatch(/<(City|draft|Interior|more)>/);
  });

  it('names the speaker of a statement', () => {
    expect(slide(doc, 'refusal').text.headline).toBe(
      'Minister &quot;M&quot; Ruiz: “We will not sign, not now, not ever.”',
    );
  });
});

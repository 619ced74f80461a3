// Disputed entries in the timeline layout (shared by the app and the server's SVG): marked, labelled, and
// with each source's claimed range placed on the axis; undisputed entries are left exactly as they were.
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../core/api/api-types.ts';
import { toEntries } from '../../core/timeline/to-entries.ts';
import { OPEN_CLAIM_STUB } from '../../core/timeline/claim-ranges.ts';
import { dayStartMs, windowToDomain } from '../../core/timeline/date-extent.ts';
import { disputeSentence } from '../../core/timeline/entry-dispute.ts';
import { layoutTimeline } from '../../core/timeline/timeline-layout.ts';
import { TIMELINE_METRICS as M } from '../../core/timeline/timeline-metrics.ts';
import { parseFuzzyDate } from '../../core/dates/fuzzy-date.ts';

const DOMAIN = windowToDomain('2025-01-01', '2025-04-30');
const WIDTH = 1000;
const xOf = (iso: string) =>
  M.marginLeft + ((dayStartMs(iso) - DOMAIN[0]) / (DOMAIN[1] - DOMAIN[0])) * (WIDTH - M.marginLeft - M.marginRight);

const trump = { id: 'donald-trump', name: 'Donald Trump', kind: 'PERSON' as const };
const item = (id: string, edtf: string, disputes?: ApiEvent['disputes']): ApiEvent => ({
  __typename: 'Event',
  id,
  title: `Event ${id}`,
  kind: 'designation',
  date: parseFuzzyDate(edtf),
  participants: [{ role: 'issuer', actor: trump }],
  ...(disputes ? { disputes } : {}),
});
const claim = (publisher: string, edtf: string) => ({
  date: parseFuzzyDate(edtf),
  source: { id: publisher.toLowerCase(), publisher },
});

const ENTRIES = toEntries([
  // Shown as the range covering both claims, as the server reconciles a disputed date.
  item('designation', '2025-02/2025-03', [
    { field: 'date', claims: [claim('Thin Line News', '2025-02'), claim('Test Wire', '2025-03')] },
    { field: 'title', claims: [] },
  ]),
  item('agreed', '2025-01-20'),
]);

describe('disputed entries in the layout', () => {
  const layout = layoutTimeline(ENTRIES, { width: WIDTH, domain: DOMAIN, laneBy: 'actor' });
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  it('mark the disputed fields and draw each source’s date where it falls', () => {
    const m = mark('designation');
    expect(m.disputed).toEqual(['date', 'title']);
    expect(m.claimRanges.map((r) => r.source)).toEqual(['Thin Line News', 'Test Wire']);
    const [february, march] = m.claimRanges;
    expect(february!.x).toBeCloseTo(xOf('2025-02-01'), 6);
    expect(february!.x2).toBeCloseTo(xOf('2025-03-01'), 6);
    expect(march!.x).toBeCloseTo(xOf('2025-03-01'), 6);
    expect(march!.x2).toBeCloseTo(xOf('2025-04-01'), 6);
    expect(m.label?.date).toBe(`${m.dateLabel} · disputed`);
    expect(m.ariaLabel).toContain(
      'Sources disagree on the date (Thin Line News: February 2025; Test Wire: March 2025) and the title.',
    );
  });

  it('draw a claim open at one end as a short stub from its known end', () => {
    const [speech] = toEntries([
      item('speech', '../2025-04-10', [
        { field: 'date', claims: [claim('Thin Line News', '../2025-04-10'), claim('Test Wire', '2025-03-04')] },
      ]),
    ]);
    const ranges = layoutTimeline([speech!], { width: WIDTH, domain: DOMAIN, laneBy: 'actor' }).marks[0]!.claimRanges;
    expect(ranges[0]).toMatchObject({ source: 'Thin Line News', openStart: true, openEnd: false });
    expect(ranges[0]!.x2).toBeCloseTo(xOf('2025-04-11'), 6);
    expect(ranges[0]!.x).toBeCloseTo(xOf('2025-04-11') - OPEN_CLAIM_STUB, 6);
    expect(ranges[1]!.x).toBeCloseTo(xOf('2025-03-04'), 6);
  });

  it('leave undisputed entries as before', () => {
    const m = mark('agreed');
    expect(m.disputed).toEqual([]);
    expect(m.claimRanges).toEqual([]);
    expect(m.label?.date).toBe(m.dateLabel);
    expect(m.ariaLabel).toBe(`Event: Event agreed, ${m.dateLabel}`);
    expect(ENTRIES[1]).not.toHaveProperty('disputes');
  });

  it('reads as one sentence', () => {
    expect(disputeSentence([{ field: 'event', dates: [] }])).toBe('Sources disagree on where it was said.');
  });
});

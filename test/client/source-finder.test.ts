// The Sources filter's reads (client/src/app/source-finder.ts) against a fake API: a first page only at start, labels
// for the chosen ids a link brought, type-ahead answers (only the latest shown), an outlet picked whole or refused
// in words past OUTLET_PICK_LIMIT. And the credit line counts the graph's articles, not the page's.
import { describe, expect, it, vi } from 'vitest';
import type { ApiSource } from '../../core/api/api-types.ts';
import type { SourcePageArgs } from '../../client/src/api/source-page.ts';
import { OUTLET_PICK_LIMIT, START_SOURCES, sourceFinder } from '../../client/src/app/source-finder.ts';
import { creditLine } from '../../client/src/ui/credit.ts';
import { DEFAULT_STATE, type ViewState } from '../../core/view-state/view-state.ts';

const source = (i: number, publisher: string): ApiSource => ({
  id: `s${String(i).padStart(5, '0')}`,
  title: `Report ${i}`,
  publisher,
  publishedAt: '2025-01-01',
  url: null,
});
/** 1,000 articles: outlets A0..A9 with 100 each, "Big Wire" with 101 (past the pick limit), "Small Times" with 2. */
const ALL = [
  ...Array.from({ length: 1000 }, (_, i) => source(i, `A${i % 10}`)),
  ...Array.from({ length: 101 }, (_, i) => source(2000 + i, 'Big Wire')),
  source(3000, 'Small Times'),
  source(3001, 'Small Times'),
];

function fakeApi() {
  const asked: SourcePageArgs[] = [];
  const sourcesPage = async (args: SourcePageArgs) => {
    asked.push(args);
    const hits = ALL.filter(
      (s) =>
        (!args.search || s.publisher.toLowerCase().includes(args.search.toLowerCase())) &&
        (!args.publisher || s.publisher === args.publisher) &&
        (!args.ids || args.ids.includes(s.id)),
    );
    return { sources: hits.slice(0, args.first), totalCount: hits.length, hasNextPage: hits.length > args.first };
  };
  return { api: { sourcesPage }, asked };
}

function finderWith(initial: Partial<ViewState> = {}) {
  const { api, asked } = fakeApi();
  let state: ViewState = { ...DEFAULT_STATE, ...initial };
  const known: { sources: ApiSource[]; total: number } = { sources: [], total: 0 };
  const status: unknown[] = [];
  const finder = sourceFinder({
    api,
    setSources: (sources, total) => Object.assign(known, { sources, total }),
    state: () => state,
    setState: (patch) => (state = { ...state, ...patch }),
    showStatus: (m) => status.push(m),
    render: () => {},
  });
  return { finder, asked, known, status, state: () => state };
}

describe('the sources filter at scale', () => {
  it('asks for a first page only, and labels the chosen ids a link brought', async () => {
    const f = finderWith({ sources: ['s03000', 's03001'] });
    await f.finder.start();
    expect(f.asked[0]).toEqual({ first: START_SOURCES });
    expect(f.asked[1]).toEqual({ ids: ['s03000', 's03001'], first: OUTLET_PICK_LIMIT });
    expect(f.known.total).toBe(ALL.length);
    expect(f.known.sources).toHaveLength(START_SOURCES + 2);
    expect(f.asked.every((a) => a.first <= 100)).toBe(true);
  });

  it('shows the matches of the latest text typed only', async () => {
    vi.useFakeTimers();
    try {
      const f = finderWith();
      f.finder.search('big');
      f.finder.search('small');
      await vi.runAllTimersAsync();
      expect(f.asked).toEqual([{ search: 'small', first: 50 }]);
      expect(f.finder.filterData({ sources: [], sourceTotal: ALL.length }, []).matches.map((s) => s.publisher)).toEqual(
        ['Small Times', 'Small Times'],
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('picks an outlet whole, or says why not when it has more articles than the filter takes', async () => {
    const f = finderWith();
    f.finder.pick('Small Times');
    await vi.waitFor(() => expect(f.state().sources).toEqual(['s03000', 's03001']));
    f.finder.pick('Big Wire');
    await vi.waitFor(() => expect(f.status).toHaveLength(1));
    expect(String(f.status[0])).toMatch(/Big Wire has 101 articles/);
    expect(f.state().sources).toEqual(['s03000', 's03001']);
  });

  it('credits the graph’s count of articles when only some are known', () => {
    const page = ALL.slice(0, 3);
    expect(creditLine(page, 3)).toMatch(/^Sources: A0, “Report 0”/);
    expect(creditLine(page, ALL.length)).toBe(`Sources: ${ALL.length} articles from A0, A1, A2 and others.`);
  });
});

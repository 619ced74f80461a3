// The exports through GraphQL: the TimelineJS document itself, and working links to every export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseViewState } from '../../core/view-state/url-state.ts';
import { gql } from '../support/gql.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { timelineJSProblems } from './support/timelinejs-format.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

describe('Query.timelineJS', () => {
  it('is the document the HTTP export serves, typed and as JSON text', async () => {
    const r = await gql<{
      timelineJS: {
        json: string;
        events: Array<{
          unique_id: string;
          start_date: { year: number; month: number | null; day: number | null };
          group: string;
        }>;
      };
    }>(
      app.url,
      '{ timelineJS(actorIds: ["donald-trump"]) { json events { unique_id group start_date { year month day } } } }',
    );
    expect(r.errors).toBeUndefined();
    const doc = r.data!.timelineJS;
    const viaHttp: unknown = await (await fetch(`${app.url}/export/timelinejs.json?actorIds=donald-trump`)).json();
    expect(JSON.parse(doc.json)).toEqual(viaHttp);
    expect(timelineJSProblems(JSON.parse(doc.json))).toEqual([]);
    expect(doc.events.find((e) => e.unique_id === '2025-02-us-cartel-fto-designation')?.start_date).toEqual({
      year: 2025,
      month: 2,
      day: null,
    });
  });

  it('groups by kind on request and rejects bad filters as GraphQL does', async () => {
    const byKind = await gql<{ timelineJS: { events: Array<{ group: string }> } }>(
      app.url,
      '{ timelineJS(laneBy: KIND) { events { group } } }',
    );
    expect(byKind.data?.timelineJS.events.map((e) => e.group)).toContain('Statements');
    const bad = await gql(app.url, '{ timelineJS(from: "yesterday") { json } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });
});

describe('Query.exportUrls', () => {
  it('gives paths that reproduce the filters and answer 200', async () => {
    const r = await gql<{ exportUrls: Record<string, string | null> }>(
      app.url,
      '{ exportUrls(from: "2025-01-01", to: "2025-05-31", actorIds: ["donald-trump", "claudia-sheinbaum"], depth: 2, width: 900) { embedTimeline embedNetwork timelineSvg timelineJS timelineCsv networkGraphml networkJson } }',
    );
    expect(r.errors).toBeUndefined();
    const urls = r.data!.exportUrls;
    expect(urls.timelineSvg).toBe(
      '/export/timeline.svg?from=2025-01-01&to=2025-05-31&actorIds=donald-trump%2Cclaudia-sheinbaum&width=900',
    );
    // The app narrows to one actor at a time, so no embed link can show two.
    expect(urls.embedTimeline).toBeNull();
    expect(urls.networkJson).toContain('depth=2');
    for (const [name, path] of Object.entries(urls)) {
      if (name.startsWith('embed')) continue; // the embed page is the client's
      if (path === null) throw new Error(`${name} is null`);
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).toBe(200);
    }
    const json = (await (await fetch(`${app.url}${urls.networkJson!}`)).json()) as {
      filters: { actorIds: string[]; depth: number };
    };
    expect(json.filters).toMatchObject({ actorIds: ['donald-trump', 'claudia-sheinbaum'], depth: 2 });
  });

  it('writes embed links in the app’s own URL state', async () => {
    const r = await gql<{ exportUrls: Record<string, string | null> }>(
      app.url,
      '{ exportUrls(from: "2025-01-01", actorIds: ["claudia-sheinbaum"], laneBy: KIND) { embedTimeline embedNetwork timelineSvg } }',
    );
    const embed = new URL(r.data!.exportUrls.embedTimeline!, app.url);
    expect(embed.pathname).toBe('/embed');
    expect(parseViewState(embed.searchParams)).toMatchObject({
      from: '2025-01-01',
      to: null,
      actor: 'claudia-sheinbaum',
      laneBy: 'kind',
    });
    expect(embed.searchParams.get('view')).toBe('timeline');
    expect(new URL(r.data!.exportUrls.embedNetwork!, app.url).searchParams.get('view')).toBe('network');
    expect(r.data!.exportUrls.timelineSvg).toBe(
      '/export/timeline.svg?from=2025-01-01&actorIds=claudia-sheinbaum&laneBy=kind',
    );
  });

  it('validates its filters', async () => {
    const r = await gql(app.url, '{ exportUrls(depth: 7) { timelineSvg } }');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
  });
});

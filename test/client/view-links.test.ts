import { describe, expect, it } from 'vitest';
import {
  appRoot,
  embedUrl,
  exportLinks,
  fullViewUrl,
  iframeSnippet,
  isEmbedPath,
  readEmbedView,
  screenOnlyFilters,
} from '../../client/src/embed/view-links.ts';
import { parseViewState } from '../../core/view-state/url-state.ts';
import { DEFAULT_STATE, type ViewState } from '../../core/view-state/view-state.ts';

const ORIGIN = 'https://kg.example.org';
const STATE: ViewState = {
  ...DEFAULT_STATE,
  from: '2025-01-01',
  to: '2025-05-31',
  laneBy: 'kind',
  show: 'list',
  text: 'troops & "sovereignty"',
  actor: 'claudia-sheinbaum',
  selected: { type: 'event', id: 'sheinbaum-speech' },
};

describe('embed page addresses', () => {
  it('reads the view, defaulting to the timeline', () => {
    expect(readEmbedView(new URLSearchParams('view=network'))).toBe('network');
    expect(readEmbedView(new URLSearchParams('view=timeline'))).toBe('timeline');
    expect(readEmbedView(new URLSearchParams('view=map'))).toBe('timeline');
    expect(readEmbedView(new URLSearchParams())).toBe('timeline');
  });

  it('knows the embed path and the app root under it', () => {
    expect(['/embed', '/embed/', '/kg/embed'].map(isEmbedPath)).toEqual([true, true, true]);
    expect(['/', '/app', '/embedded', '/embed/x'].map(isEmbedPath)).toEqual([false, false, false, false]);
    expect(['/', '/app', '/embed', '/embed/', '/kg/embed'].map(appRoot)).toEqual(['/', '/', '/', '/', '/kg/']);
  });

  it('carries the whole view state, minus the list, and reads back to the same state', () => {
    const src = embedUrl(ORIGIN, '/', 'network', STATE);
    const url = new URL(src);
    expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}/embed`);
    expect(url.searchParams.get('view')).toBe('network');
    expect(url.searchParams.has('show')).toBe(false);
    expect(parseViewState(url.searchParams)).toEqual({ ...STATE, show: 'chart' });
  });

  it('links the full app to the same state', () => {
    expect(fullViewUrl(ORIGIN, '/', DEFAULT_STATE)).toBe(`${ORIGIN}/`);
    const url = new URL(fullViewUrl(ORIGIN, '/kg/', STATE));
    expect(url.pathname).toBe('/kg/');
    expect(parseViewState(url.searchParams)).toEqual(STATE);
  });
});

describe('the iframe snippet', () => {
  it('has the agreed attributes, with values escaped', () => {
    const snippet = iframeSnippet({
      src: `${ORIGIN}/embed?view=timeline&q=a%22b`,
      title: 'Timeline: "Troops" & <borders>',
    });
    expect(snippet).toBe(
      '<iframe src="https://kg.example.org/embed?view=timeline&amp;q=a%22b" width="100%" height="480" style="border:0" title="Timeline: &quot;Troops&quot; &amp; &lt;borders&gt;" loading="lazy"></iframe>',
    );
    expect(iframeSnippet({ src: ORIGIN, title: 't', height: 640 })).toContain('height="640"');
  });
});

describe('export links', () => {
  it('carry the window, lanes and followed actor, as absolute addresses', () => {
    const links = exportLinks(ORIGIN, '/', STATE);
    const svg = new URL(links.timelineSvg);
    expect(`${svg.origin}${svg.pathname}`).toBe(`${ORIGIN}/export/timeline.svg`);
    expect(Object.fromEntries(svg.searchParams)).toEqual({
      from: '2025-01-01',
      to: '2025-05-31',
      actorIds: 'claudia-sheinbaum',
      laneBy: 'kind',
    });
    expect(links.timelineCsv).toBe(
      `${ORIGIN}/export/timeline.csv?from=2025-01-01&to=2025-05-31&actorIds=claudia-sheinbaum`,
    );
    expect(links.networkGraphml).toBe(
      `${ORIGIN}/export/network.graphml?from=2025-01-01&to=2025-05-31&actorIds=claudia-sheinbaum`,
    );
    expect(links.networkJson.startsWith(`${ORIGIN}/export/network.json?`)).toBe(true);
    expect(links.timelineJS).toContain('laneBy=kind');
  });

  it('are bare for the default view and keep a path prefix', () => {
    const links = exportLinks(ORIGIN, '/kg/', DEFAULT_STATE);
    expect(links.timelineSvg).toBe(`${ORIGIN}/kg/export/timeline.svg`);
    expect(links.networkJson).toBe(`${ORIGIN}/kg/export/network.json`);
  });

  it('name the filters they cannot carry', () => {
    expect(screenOnlyFilters(DEFAULT_STATE)).toEqual([]);
    expect(screenOnlyFilters({ ...STATE, actorKinds: ['PERSON'], eventKinds: ['speech'] })).toEqual([
      'the search',
      'actor kinds',
      'event kinds',
    ]);
  });

  it('carry the Sources filter to the embed page and the timeline exports, and say the network ones cannot', () => {
    const state = { ...DEFAULT_STATE, sources: ['daily-beast-2025-05-04'] };
    const links = exportLinks(ORIGIN, '/', state);
    expect(new URL(links.embedTimeline!).searchParams.get('src')).toBe('daily-beast-2025-05-04');
    for (const url of [links.timelineSvg, links.timelineJS, links.timelineCsv])
      expect(new URL(url).searchParams.get('sourceIds')).toBe('daily-beast-2025-05-04');
    for (const url of [links.networkGraphml, links.networkJson])
      expect(new URL(url).searchParams.has('sourceIds')).toBe(false);
    expect(screenOnlyFilters(state)).toEqual(['the Sources filter (in the network exports)']);
  });
});

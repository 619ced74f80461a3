// The framing policy as headers: embed routes carry frame-ancestors from config and no X-Frame-Options;
// every other response is same-origin framed. And the setting itself is checked before it reaches a header.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';
import { withFrameAncestors } from '../../server/export/embed-headers.ts';
import { parseFrameAncestors } from '../../server/export/frame-ancestors.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';

const CLIENT = fileURLToPath(new URL('./fixtures/embed-client/', import.meta.url));

async function headers(app: RunningApp, path: string): Promise<Headers> {
  const res = await fetch(`${app.url}${path}`);
  await res.arrayBuffer();
  // Even a 404 (/embedded) must carry the policy, so only server errors fail here.
  expect(res.status, path).toBeLessThan(500);
  return res.headers;
}

const frameAncestorsOf = (h: Headers) =>
  /(?:^|;)\s*frame-ancestors ([^;]*)/.exec(h.get('content-security-policy') ?? '')?.[1]?.trim() ?? null;

describe('default policy (EMBED_FRAME_ANCESTORS unset)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ clientDir: CLIENT });
  });
  afterAll(() => app.close());

  it.each(['/embed', '/embed?view=timeline&from=2025-01-01', '/embed/', '/export/timeline.svg'])(
    '%s may be framed by any origin',
    async (path) => {
      const h = await headers(app, path);
      expect(h.get('x-frame-options')).toBeNull();
      expect(frameAncestorsOf(h)).toBe('*');
    },
  );

  it('keeps the rest of the page’s security policy on the embed page', async () => {
    const csp = (await headers(app, '/embed')).get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp.match(/frame-ancestors/g)).toHaveLength(1);
  });

  it.each([
    '/',
    '/app',
    '/embedded',
    '/health',
    '/export/timeline.csv',
    '/export/timelinejs.json',
    '/graphql?query=%7B__typename%7D',
  ])('%s stays same-origin framed', async (path) => {
    const h = await headers(app, path);
    expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(frameAncestorsOf(h) ?? "'self'").toBe("'self'");
  });
});

describe('a configured list of origins', () => {
  let app: RunningApp;
  beforeAll(async () => {
    const { EMBED_FRAME_ANCESTORS } = readConfig({ EMBED_FRAME_ANCESTORS: "https://news.example.org, 'self'" });
    app = await startApp({ clientDir: CLIENT, embedFrameAncestors: EMBED_FRAME_ANCESTORS });
  });
  afterAll(() => app.close());

  it('is what embed routes send', async () => {
    expect(frameAncestorsOf(await headers(app, '/embed'))).toBe("https://news.example.org 'self'");
    expect(frameAncestorsOf(await headers(app, '/export/timeline.svg'))).toBe("https://news.example.org 'self'");
  });
});

describe('EMBED_FRAME_ANCESTORS', () => {
  it('defaults to any origin and accepts CSP sources, comma- or space-separated', () => {
    expect(readConfig({}).EMBED_FRAME_ANCESTORS).toBe('*');
    expect(parseFrameAncestors("'self' https://*.example.org:8443,http://localhost:3000 https:")).toBe(
      "'self' https://*.example.org:8443 http://localhost:3000 https:",
    );
    expect(parseFrameAncestors("'none'")).toBe("'none'");
  });

  it.each([
    'https://a.example; script-src *',
    "'unsafe-inline'",
    "'none' https://a.example",
    'https://a.example/"x',
    ' , ',
  ])('refuses %j', (value) => {
    expect(() => parseFrameAncestors(value)).toThrow();
  });

  it('stops the server with a message naming the variable', () => {
    expect(() => readConfig({ EMBED_FRAME_ANCESTORS: 'https://a.example; script-src *' })).toThrow(ConfigError);
    expect(() => readConfig({ EMBED_FRAME_ANCESTORS: 'https://a.example; script-src *' })).toThrow(
      /EMBED_FRAME_ANCESTORS/,
    );
  });
});

describe('withFrameAncestors', () => {
  it('replaces only the frame-ancestors directive of an existing policy', () => {
    expect(withFrameAncestors("default-src 'self';frame-ancestors 'self';img-src data:", '*')).toBe(
      "default-src 'self'; img-src data:; frame-ancestors *",
    );
    expect(withFrameAncestors(null, 'https://a.example')).toBe('frame-ancestors https://a.example');
  });
});

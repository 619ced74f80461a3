// CORS allow-lists of any length and CSRF prevention on /graphql (issue 12): a foreign origin, `null` included, gets
// no Access-Control-Allow-Origin at all, and the POSTs a cross-site form can send without a preflight are refused.
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/start-app.ts';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const ORIGINS = [
  'https://news.example',
  'https://other.example',
  'http://localhost:5173',
  'https://a.example:8443',
  'https://b.example',
];
const FOREIGN = ['https://evil.example', 'null', 'https://news.example.evil.example', 'https://NEWS.example '];
const QUERY = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });

const preflight = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
const post = (url: string, origin: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: QUERY });

describe('CORS allow-list', () => {
  for (const n of [0, 1, 2, 5]) {
    it(`with ${n} allowed origin(s): each allowed one is echoed, every foreign one gets no grant`, async () => {
      const allowed = ORIGINS.slice(0, n);
      app = await startApp({ corsOrigins: allowed });
      for (const origin of allowed) {
        const pre = await preflight(app.url, origin);
        expect(pre.headers.get('access-control-allow-origin'), origin).toBe(origin);
        expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
        expect((await post(app.url, origin)).headers.get('access-control-allow-origin')).toBe(origin);
      }
      for (const origin of FOREIGN) {
        const pre = await preflight(app.url, origin.trim());
        expect(pre.headers.get('access-control-allow-origin'), origin).toBeNull();
        expect(pre.headers.get('access-control-allow-methods'), origin).toBeNull();
        const p = await post(app.url, origin.trim());
        expect(p.headers.get('access-control-allow-origin'), origin).toBeNull();
        expect(p.headers.get('vary') ?? '', origin).toMatch(/origin/i);
      }
    });
  }
});

describe('CSRF prevention', () => {
  const simplePosts: Array<[string, RequestInit]> = [
    [
      'form-urlencoded',
      {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: '{ actors(first: 1) { totalCount } }' }).toString(),
      },
    ],
    [
      'multipart',
      {
        body: (() => {
          const f = new FormData();
          f.set('query', '{ actors(first: 1) { totalCount } }');
          return f;
        })(),
      },
    ],
    ['text/plain', { headers: { 'content-type': 'text/plain' }, body: QUERY }],
    ['no content type', { body: new Blob([QUERY]) }],
  ];
  for (const [name, init] of simplePosts) {
    it(`refuses a ${name} POST with 415 and a coded JSON error, without running it`, async () => {
      app = await startApp();
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', ...init });
      expect(res.status).toBe(415);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await res.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });
  }

  it('still answers a JSON POST', async () => {
    app = await startApp();
    const res = await post(app.url, 'https://anything.example');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { actors: { totalCount: 11 } } });
  });
});

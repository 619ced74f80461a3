// The HTTP surface in-process, on the embedded store: probes, security headers, CORS allow-list, body limit,
// rate limit and the request log.
import { request } from 'node:http';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { StoreUnavailableError } from '../../server/store/store-errors.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';

const ACTORS = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });
const postJson = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function captureLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger(
    'debug',
    new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
  );
  return { logger, lines };
}

describe('probes', () => {
  it('/health is always 200; /ready is 200 when the store answers', async () => {
    app = await startApp();
    expect(await (await fetch(`${app.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('/ready is 503 with a reason, and no internals, when the store does not answer', async () => {
    const store = new MemoryStore([]);
    store.ping = () => Promise.reject(new StoreUnavailableError('connect ECONNREFUSED 10.1.2.3:7687'));
    app = await startApp({ store });
    const res = await fetch(`${app.url}/ready`);
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      status: 'not ready',
      code: 'SERVICE_UNAVAILABLE',
      reason: 'the graph store is unavailable',
    });
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a strict same-origin policy on the app and its API', async () => {
    app = await startApp();
    for (const path of ['/', '/health']) {
      const h = (await fetch(`${app.url}${path}`)).headers;
      expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('x-powered-by')).toBeNull();
      const csp = h.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toContain('unpkg');
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });

  it('serves GraphiQL (GET /graphql) from our origin with a policy naming no other host', async () => {
    app = await startApp();
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).not.toContain('unpkg.com');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/https?:/);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'self'");
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('answers only origins on the allow-list, never with credentials', async () => {
    app = await startApp({ corsOrigins: ['https://news.example'] });
    const allowed = await preflight(app.url, 'https://news.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://news.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight(app.url, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('*');
    const post = await postJson(app.url, ACTORS, { origin: 'https://evil.example' });
    expect(post.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('allows no cross-origin caller when the list is empty', async () => {
    app = await startApp();
    const res = await preflight(app.url, 'https://news.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('body limit', () => {
  /** Posts `size` bytes without a Content-Length (chunked), as a streaming client would. */
  function postChunked(url: string, size: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request(
        `${url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024, 0x20);
      for (let sent = 0; sent < size; sent += chunk.length) req.write(chunk);
      req.end();
    });
  }

  it('refuses a body over the limit with 413, declared or chunked, and accepts one under it', async () => {
    app = await startApp({ bodyLimitBytes: 4096 });
    const padded = (n: number) => JSON.stringify({ query: `{ actors(first: 1) { totalCount } }${' '.repeat(n)}` });
    const big = await postJson(app.url, padded(5000));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [{ message: 'Request body too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(await postChunked(app.url, 8192)).toBe(413);
    const ok = await postJson(app.url, padded(3000));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { actors: { totalCount: 11 } } });
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the per-client budget, and never limits the probes', async () => {
    app = await startApp({ rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await postJson(app.url, ACTORS)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await postJson(app.url, ACTORS);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      ((await limited.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('RATE_LIMITED');
    for (let i = 0; i < 5; i++) expect((await fetch(`${app.url}/ready`)).status).toBe(200);
  });

  it('is off by default in buildApp (the server turns it on from config)', async () => {
    app = await startApp();
    const res = await postJson(app.url, ACTORS);
    expect(res.headers.get('ratelimit')).toBeNull();
  });
});

describe('request log', () => {
  it('writes one line per request with its id, status and duration, and no headers', async () => {
    const { logger, lines } = captureLogger();
    app = await startApp({ logger, bodyLimitBytes: 1024 });
    const traced = await postJson(app.url, ACTORS, {
      'x-request-id': 'proxy-abc.123',
      authorization: 'Bearer top-secret-token',
      cookie: 'session=also-secret',
    });
    expect(traced.headers.get('x-request-id')).toBe('proxy-abc.123');
    const forged = await fetch(`${app.url}/?x=1`, { headers: { 'x-request-id': 'bad id\twith spaces' } });
    const generated = forged.headers.get('x-request-id') ?? '';
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    await postJson(app.url, 'x'.repeat(2000));
    await fetch(`${app.url}/health`);
    const requests = lines.filter((l) => l.req !== undefined);
    expect(requests.map((l) => [l.level, l.req, (l.res as { statusCode: number }).statusCode])).toEqual([
      [30, { id: 'proxy-abc.123', method: 'POST', path: '/graphql' }, 200],
      [30, { id: generated, method: 'GET', path: '/' }, 200],
      [40, { id: expect.any(String), method: 'POST', path: '/graphql' }, 413],
      // Probes are logged too, at debug level.
      [20, { id: expect.any(String), method: 'GET', path: '/health' }, 200],
    ]);
    for (const l of requests) expect(typeof l.durationMs).toBe('number');
    expect(JSON.stringify(lines)).not.toMatch(/top-secret-token|also-secret/);
  });

  it('redacts password fields wherever a logger call puts them', () => {
    const { logger, lines } = captureLogger();
    logger.info({ config: { NEO4J_PASSWORD: 'pw-1' }, password: 'pw-2', user: { password: 'pw-3' } }, 'x');
    expect(JSON.stringify(lines)).not.toMatch(/pw-[123]/);
  });
});

// Every refusal has a code, and none echoes the input (issue 12): a cursor from another list, a 300 KB URL, a body
// that is not UTF-8 JSON; and a /ready 503 is logged once at warn (the change), its probes at debug.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../ops/support/server-process.ts';
import { gql } from '../support/gql.ts';
import { findFreePort } from '../neo4j/ports.ts';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(() => server?.stop());

/** A raw GET, since fetch refuses to send some of what is tested here. */
function rawGet(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('coded refusals', () => {
  it('a cursor from another list is BAD_USER_INPUT naming `after`', async () => {
    const events = await gql(server.url, `{ events(first: 2) { pageInfo { endCursor } } }`);
    const cursor = events.data!.events.pageInfo.endCursor as string;
    expect(
      (await gql(server.url, `query ($c: String) { events(first: 2, after: $c) { totalCount } }`, { c: cursor }))
        .errors,
    ).toBeUndefined();
    for (const query of [
      `query ($c: String) { timeline(first: 2, after: $c) { totalCount } }`,
      `query ($c: String) { statements(first: 2, after: $c) { totalCount } }`,
      `query ($c: String) { events(first: 2, after: $c, kinds: ["speech"]) { totalCount } }`,
    ]) {
      const r = await gql(server.url, query, { c: cursor });
      expect(r.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  it('a 300 KB URL gets 431 with a JSON error body', async () => {
    const r = await rawGet(server.url, `/graphql?query=${'x'.repeat(300 * 1024)}`);
    expect(r.status).toBe(431);
    expect(r.type).toMatch(/application\/json/);
    expect(JSON.parse(r.body)).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' } }] });
  });

  it('a body with invalid UTF-8 or JSON gets 400 with a coded error that does not echo it', async () => {
    const bodies = [
      Buffer.concat([
        Buffer.from('{"query": "{ actors { totalCount } }"'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('SECRET-ECHO}'),
      ]),
      Buffer.concat([Buffer.from('{"query": "x", '), Buffer.from([0xc3, 0x28]), Buffer.from('SECRET-ECHO: 1}')]),
      Buffer.from('{"query": SECRET-ECHO}'),
    ];
    for (const body of bodies) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toContain('SECRET');
      expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    }
  });
});

describe('readiness logs', () => {
  let down: ServerProcess;
  beforeAll(async () => {
    // A port nothing listens on: Neo4j "down" from the start.
    const port = await findFreePort();
    down = await startServerProcess({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'x',
      NEO4J_TIMEOUT_MS: '500',
      LOG_LEVEL: 'debug',
    });
  });
  afterAll(() => down?.stop());

  it('a /ready 503 is logged once at warn (the change of state); the probes themselves at debug, never error', async () => {
    for (let i = 0; i < 5; i++) expect((await fetch(`${down.url}/ready`)).status).toBe(503);
    // The child writes its log asynchronously: wait for the last probe's line.
    const probeLines = () => down.logs().filter((l) => typeof l.msg === 'string' && l.msg.startsWith('GET /ready'));
    for (let i = 0; i < 50 && probeLines().length < 5; i++) await new Promise((r) => setTimeout(r, 50));
    const logs = down.logs();
    const probes = logs.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('GET /ready'));
    expect(probes.length).toBe(5);
    for (const l of probes) expect(l.level).toBe(20);
    expect(logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    const warnings = logs.filter((l) => l.level === 40 && String(l.msg).includes('not ready'));
    expect(warnings).toHaveLength(1);
  });
});

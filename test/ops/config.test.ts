// Configuration: defaults, and a bad value stops the real server with a message naming the variable and what it expects.
import { describe, expect, it } from 'vitest';
import { CONFIG_DOCS, ConfigError, readConfig } from '../../server/config.ts';
import { runServerCommand } from './support/server-process.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

/** One invalid value per variable that can be invalid, with the words its message must contain. */
const INVALID: ReadonlyArray<[name: string, value: string]> = [
  ['PORT', 'http'],
  ['PORT', '70000'],
  ['HOST', '   '],
  ['NEO4J_URI', 'http://localhost:7474'],
  ['NEO4J_TIMEOUT_MS', '5s'],
  ['LOG_LEVEL', 'loud'],
  ['CORS_ORIGINS', 'https://ok.example,*'],
  ['CORS_ORIGINS', 'https://news.example/app'],
  ['RATE_LIMIT_PER_MINUTE', '-1'],
  ['BODY_LIMIT_KB', '0'],
  ['SHUTDOWN_TIMEOUT_MS', 'soon'],
  ['TRUST_PROXY', 'maybe'],
  ['TRUST_PROXY', '10.0.0.0/99'],
];

describe('configuration', () => {
  it('has the documented defaults when nothing is set', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      PORT: 4000,
      HOST: '0.0.0.0',
      NEO4J_USER: 'neo4j',
      NEO4J_TIMEOUT_MS: 5000,
      LOG_LEVEL: 'info',
      CORS_ORIGINS: [],
      RATE_LIMIT_PER_MINUTE: 600,
      BODY_LIMIT_KB: 100,
      SHUTDOWN_TIMEOUT_MS: 8000,
      TRUST_PROXY: false,
    });
    expect(c.NEO4J_URI).toBeUndefined();
    for (const [name, value] of Object.entries(c)) {
      const doc = CONFIG_DOCS[name as keyof typeof CONFIG_DOCS];
      if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
        expect(doc.default).toBe(String(value));
    }
  });

  it('parses the valid forms of each variable', () => {
    const c = readConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
      CORS_ORIGINS: 'https://news.example, http://localhost:5173',
      RATE_LIMIT_PER_MINUTE: '0',
      TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1',
    });
    expect(c).toMatchObject({
      PORT: 8080,
      RATE_LIMIT_PER_MINUTE: 0,
      CORS_ORIGINS: ['https://news.example', 'http://localhost:5173'],
      TRUST_PROXY: ['loopback', '10.0.0.0/8', '::1'],
    });
    expect(readConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(readConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    // Empty means "use the default", as compose's ${VAR:-} passes it.
    expect(readConfig({ PORT: '', LOG_LEVEL: '' })).toMatchObject({ PORT: 4000, LOG_LEVEL: 'info' });
  });

  it.each(INVALID)('rejects %s=%j with a message naming it and what it expects', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toEqual([
      `${name} must be ${CONFIG_DOCS[name as keyof typeof CONFIG_DOCS].expects}; got ${JSON.stringify(value)}`,
    ]);
  });

  it('lists every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y', BODY_LIMIT_KB: 'z' }).map((p) => p.split(' ')[0])).toEqual([
      'PORT',
      'LOG_LEVEL',
      'BODY_LIMIT_KB',
    ]);
  });

  it('never repeats credentials back', () => {
    const [problem] = problemsOf({ NEO4J_URI: 'neo4j://admin:hunter22@db.example:7687' });
    expect(problem).toContain('NEO4J_URI must be a Neo4j URI without credentials');
    expect(problem).not.toContain('hunter22');
    expect(problem).not.toContain('admin');
  });

  it('stops the server with exit code 2 and the message, for each invalid value', async () => {
    const cases: Array<[string, string]> = [
      ['PORT', 'http'],
      ['NEO4J_URI', 'http://localhost:7474'],
      ['LOG_LEVEL', 'loud'],
      ['RATE_LIMIT_PER_MINUTE', '-1'],
      ['SHUTDOWN_TIMEOUT_MS', 'soon'],
      ['TRUST_PROXY', 'maybe'],
    ];
    // Two at a time: the CI machines have two cores.
    const results: Array<{ name: string; code: number | string; output: string }> = [];
    for (let i = 0; i < cases.length; i += 2) {
      results.push(
        ...(await Promise.all(
          cases.slice(i, i + 2).map(async ([name, value]) => {
            const run = runServerCommand({ [name]: value, NEO4J_PASSWORD: 'hunter22-secret' });
            const code = await run.exited;
            return { name, code, output: run.output() };
          }),
        )),
      );
    }
    for (const { name, code, output } of results) {
      expect(code, output).toBe(2);
      expect(output).toContain('kg-timeline: invalid configuration:');
      expect(output).toContain(`${name} must be ${CONFIG_DOCS[name as keyof typeof CONFIG_DOCS].expects}`);
      expect(output).not.toContain('hunter22-secret');
      // It stopped before listening or touching a store.
      expect(output).not.toContain('listening');
    }
  }, 60_000);
});

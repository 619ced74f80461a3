// No Docker engine runs here, so docker-compose.yml and the Dockerfile are checked by reading them: the services,
// image, healthcheck and start order, variable names against the server's config, and the same commands as the docs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_DOCS, readConfig } from '../../server/config.ts';
import { SERVER_NODE_FLAGS } from '../../server/node-flags.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

interface Service {
  image?: string;
  build?: string | { context: string };
  environment?: Record<string, string | number>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
}
const compose = parse(read('docker-compose.yml')) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const neo4jService = compose.services.neo4j!;
const app = compose.services.app!;
const appEnv = app.environment ?? {};

/** The value compose would use when the variable is not set on the host: `${NAME:-default}` -> default. */
const withDefaults = (value: string | number) => String(value).replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, '$1');

/** Dockerfile instructions, continuation lines joined. */
const dockerfile = read('Dockerfile')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const instructions = (name: string) =>
  dockerfile.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(name.length + 1));

const pkg = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The ops docs: docs/operations.md, linked from the README. */
function opsDocs(): string {
  expect(read('README.md'), 'README.md links the operations docs').toContain('docs/operations.md');
  return read('docs/operations.md');
}

describe('docker-compose.yml', () => {
  it('runs neo4j:5.26-community with auth from the environment and a named data volume', () => {
    expect(neo4jService.image).toBe('neo4j:5.26-community');
    expect(neo4jService.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD(:-[^}]{8,})?\}$/);
    const [volume, target] = (neo4jService.volumes ?? []).find((v) => v.endsWith(':/data'))?.split(':') ?? [];
    expect(target).toBe('/data');
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
  });

  it('calls Neo4j healthy only when a query runs', () => {
    const test = neo4jService.healthcheck?.test ?? [];
    expect(test[0]).toBe('CMD-SHELL');
    expect(test[1]).toContain('cypher-shell');
    expect(test[1]).toContain("'RETURN 1'");
    // The password is read from the container's NEO4J_AUTH, never written into the file.
    expect(test[1]).toContain('$${NEO4J_AUTH#*/}');
  });

  it('builds the app from the Dockerfile and starts it only once Neo4j is healthy', () => {
    expect(app.build === '.' || (typeof app.build === 'object' && app.build.context === '.')).toBe(true);
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(withDefaults(appEnv.NEO4J_URI!)).toBe('bolt://neo4j:7687');
    // The app logs in with the password Neo4j was given.
    expect(appEnv.NEO4J_PASSWORD).toBe(String(neo4jService.environment?.NEO4J_AUTH).replace(/^neo4j\//, ''));
  });

  it('gives the app only variables the server reads, each valid as compose passes it by default', () => {
    for (const name of Object.keys(appEnv)) expect(Object.keys(CONFIG_DOCS), name).toContain(name);
    const config = readConfig(Object.fromEntries(Object.entries(appEnv).map(([k, v]) => [k, withDefaults(v)])));
    expect(config).toMatchObject({ PORT: 4000, HOST: '0.0.0.0', NEO4J_URI: 'bolt://neo4j:7687' });
  });

  it("publishes the app's port, probes /ready, and waits longer than the shutdown deadline before killing", () => {
    const config = readConfig(Object.fromEntries(Object.entries(appEnv).map(([k, v]) => [k, withDefaults(v)])));
    expect((app.ports ?? []).map(withDefaults)).toContain(`${config.PORT}:${config.PORT}`);
    expect(app.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${config.PORT}/ready`);
    expect(Number(/^(\d+)s$/.exec(app.stop_grace_period ?? '')?.[1]) * 1000).toBeGreaterThan(
      config.SHUTDOWN_TIMEOUT_MS,
    );
  });
});

/** The server as the product starts it: with its V8 flags (server/node-flags.ts; the start-up bench uses them too). */
const serverCommand = `node ${SERVER_NODE_FLAGS.join(' ')} dist/node/server/index.js`;
/** The seed parses every article as the embedded store's start-up does, so it runs with the same flags. */
const seedCommand = `node ${SERVER_NODE_FLAGS.join(' ')} dist/node/seed/seed.js`;

describe('Dockerfile', () => {
  it('builds on Node 20 with the same commands as the README and package.json', () => {
    expect(instructions('FROM').every((f) => f.startsWith('node:20'))).toBe(true);
    const runs = instructions('RUN');
    expect(runs.some((r) => r.startsWith('npm ci'))).toBe(true);
    expect(runs).toContain('npm run build');
    // `npm start` is the README's way to run: build, then the server entry point.
    expect(pkg.scripts.start).toContain('npm run build');
    expect(pkg.scripts.start).toContain(serverCommand);
    expect(pkg.scripts.build).toBeDefined();
  });

  it('seeds, then runs the same server entry point, as a process that receives SIGTERM', () => {
    const [cmd] = instructions('CMD');
    const argv = JSON.parse(cmd!) as string[];
    const script = argv.at(-1)!;
    // The compiled seed and server (npm run build), with node alone: no TypeScript at run time.
    expect(script).toBe(`${seedCommand} && exec ${serverCommand}`);
    expect(pkg.scripts.seed).toBe('tsx seed/seed.ts');
    expect(instructions('EXPOSE')).toEqual(['4000']);
    expect(instructions('USER')).toEqual(['node']);
  });

  it('keeps at runtime every package the server and the seed import (dev dependencies are pruned)', () => {
    expect(pkg.dependencies.tsx).toBeUndefined();
    for (const dep of [
      'express',
      'graphql-yoga',
      'neo4j-driver',
      'pino',
      'pino-http',
      'helmet',
      'express-rate-limit',
      'zod',
    ]) {
      expect(pkg.dependencies[dep], dep).toBeDefined();
    }
  });

  it('sends the build everything it needs', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'vite.config.ts',
      'client',
      'server',
      'seed',
      'cypher',
    ]) {
      expect(ignored, needed).not.toContain(needed);
    }
    expect(ignored).toContain('node_modules');
  });
});

describe('your own articles in Docker', () => {
  it('the app service seeds the folder mounted at /articles (ARTICLES_DIR on the host), read-only', () => {
    expect(appEnv['ARTICLES']).toBe('/articles');
    expect(app.volumes?.map(withDefaults)).toContain('./seed/articles:/articles:ro');
    expect(app.volumes?.join()).toContain('${ARTICLES_DIR:-./seed/articles}');
    expect(opsDocs()).toContain('ARTICLES_DIR');
  });
});

describe('the operations docs', () => {
  it('document every variable with its default, the endpoints, and the Docker path', () => {
    const docs = opsDocs();
    for (const [name, doc] of Object.entries(CONFIG_DOCS)) {
      const row = docs.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      if (doc.default) expect(row, name).toContain(`\`${doc.default}\``);
    }
    for (const text of [
      '/health',
      '/ready',
      'docker compose up',
      'npm run seed',
      'SERVICE_UNAVAILABLE',
      'neo4j+s://',
      'SIGTERM',
    ])
      expect(docs).toContain(text);
    // The compose-only knobs are documented too.
    for (const name of ['APP_PORT', 'NEO4J_HEAP', 'NEO4J_PAGECACHE']) expect(docs).toContain(name);
  });
});

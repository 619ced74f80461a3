// Packaging: every package the runtime code imports is a declared runtime dependency (not hoisted by luck, not a
// dev dependency), `npm start` runs plain JavaScript with node, and the compiled server answers.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../server/node-flags.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Code that runs in production: the shared core, the server, the seed and its tools, and the client (bundled from these). */
const RUNTIME_DIRS = ['core', 'server', 'seed', 'client/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Bare package names a file imports at run time (type-only imports are erased, so they are left out). */
export function runtimeImports(source: string): string[] {
  const names: string[] = [];
  const statements = source.matchAll(
    /^\s*(import|export)\s+(type\s+)?[^'"]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'/gm,
  );
  for (const m of statements) {
    if (m[2]) continue;
    const spec = m[3] ?? m[4]!;
    if (spec.startsWith('.') || spec.startsWith('node:')) continue;
    names.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return names;
}

describe('declared dependencies', () => {
  const imports = RUNTIME_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))).flatMap((file) =>
    runtimeImports(readFileSync(file, 'utf8')).map((name) => ({ file: path.relative(ROOT, file), name })),
  );

  it('finds the imports it checks', () => {
    const names = new Set(imports.map((i) => i.name));
    for (const n of ['express', 'd3-selection', 'graphql-yoga', 'zod']) expect(names).toContain(n);
    expect(runtimeImports("import type { A } from 'x';\nimport { b } from 'y/z';\nimport '@s/p/q';")).toEqual([
      'y',
      '@s/p',
    ]);
  });

  it('every package imported by runtime code is a runtime dependency', () => {
    const missing = imports.filter((i) => !pkg.dependencies[i.name]).map((i) => `${i.file}: ${i.name}`);
    expect(missing).toEqual([]);
  });

  it('no runtime dependency is also a dev dependency, and tsx is not needed to run', () => {
    expect(Object.keys(pkg.dependencies).filter((d) => pkg.devDependencies[d])).toEqual([]);
    expect(pkg.dependencies['tsx']).toBeUndefined();
  });
});

describe('npm start', () => {
  it('builds the server and runs plain JavaScript with node', () => {
    // With the server's V8 flags (server/node-flags.ts; deployment-files.test.ts checks they are these).
    expect(pkg.scripts['start']).toBe(`npm run build && node ${SERVER_NODE_FLAGS.join(' ')} dist/node/server/index.js`);
    expect(pkg.scripts['build']).toContain('build:server');
    expect(pkg.scripts['build:server']).toContain('tsc -p tsconfig.build.json');
  });

  it('the compiled server starts with node alone and answers GraphQL', async () => {
    const out = path.join(ROOT, 'test-output', 'node-build');
    rmSync(out, { recursive: true, force: true });
    await promisify(execFile)(process.execPath, [
      path.join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-p',
      path.join(ROOT, 'tsconfig.build.json'),
      '--outDir',
      out,
    ]);
    cpSync(path.join(ROOT, 'server/graphql'), path.join(out, 'server/graphql'), {
      recursive: true,
      filter: (f) => !f.endsWith('.ts'),
    });
    const child = spawn(process.execPath, [path.join(out, 'server/index.js')], {
      cwd: ROOT,
      // No tsx loader anywhere: NODE_OPTIONS cleared so nothing could register one.
      env: { ...process.env, NODE_OPTIONS: '', PORT: '0', HOST: '127.0.0.1', NEO4J_URI: '', LOG_LEVEL: 'info' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let log = '';
        child.stdout.on('data', (chunk: Buffer) => {
          log += String(chunk);
          const m = /listening on http:\/\/localhost:(\d+)/.exec(log);
          if (m) resolve(`http://127.0.0.1:${m[1]}`);
        });
        child.stderr.on('data', (chunk: Buffer) => (log += String(chunk)));
        child.on('exit', (code) => reject(new Error(`server exited ${code}: ${log}`)));
      });
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actor(id: "nayib-bukele") { name } }' }),
      });
      expect(await res.json()).toEqual({ data: { actor: { name: 'Nayib Bukele' } } });
    } finally {
      child.kill('SIGTERM');
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

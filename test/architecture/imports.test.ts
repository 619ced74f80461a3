// The house rule, checked from the source itself: server/ and client/ never import each other, and core/ (what both
// share) imports neither and nothing that needs a DOM or Node. Inside server/, the GraphQL and export transports
// never import each other either: both read arguments through server/input. ESLint says the same; this test also sees dynamic
// import() and re-exports, and keeps holding if the lint config is loosened.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TOP_DIRS = ['core', 'server', 'client'] as const;
type TopDir = (typeof TOP_DIRS)[number];

/** Which top-level folders each may not reach; core/ also may not use DOM packages or Node built-ins. */
const FORBIDDEN: Record<TopDir, readonly string[]> = {
  core: ['server', 'client'],
  server: ['client'],
  client: ['server'],
};
/**
 * Folders inside server/ that may not reach each other: the two transports. Each reads arguments through
 * server/input and answers its InputError its own way; what both serve lives in server/documents.
 */
const SERVER_FORBIDDEN: Record<string, readonly string[]> = {
  'server/graphql': ['server/export'],
  'server/export': ['server/graphql'],
};
const CORE_FORBIDDEN_PACKAGE = /^(node:|d3-selection$|d3-zoom$|d3-drag$|d3-brush$|d3-transition$|d3-dispatch$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs)$/.test(name) ? [full] : [];
  });
}

/** Every module specifier in a file: static imports (type-only too), re-exports, side-effect and dynamic imports. */
export function importSpecifiers(source: string): string[] {
  const found = source.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g);
  return [...found].map((m) => (m[1] ?? m[2])!);
}

/** Why `file` (repo-relative) may not import `spec`, or null when it may. */
export function crossImport(file: string, spec: string): string | null {
  const from = file.split('/')[0] as TopDir;
  if (!TOP_DIRS.includes(from)) return null;
  if (spec.startsWith('.')) {
    const targetPath = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)).split(path.sep);
    const target = targetPath[0]!;
    if (FORBIDDEN[from].includes(target)) return `${from}/ imports ${target}/`;
    const fromFolder = file.split('/').slice(0, 2).join('/');
    const targetFolder = targetPath.slice(0, 2).join('/');
    return SERVER_FORBIDDEN[fromFolder]?.includes(targetFolder) ? `${fromFolder}/ imports ${targetFolder}/` : null;
  }
  return from === 'core' && CORE_FORBIDDEN_PACKAGE.test(spec) ? `core/ imports ${spec}` : null;
}

describe('imports between server/, client/ and core/, and between the two transports in server/', () => {
  it('flags each kind of cross import and lets the allowed ones through', () => {
    expect(importSpecifiers("import type { A } from '../x.ts';\nexport { b } from './y.ts';\nimport('z');\n")).toEqual([
      '../x.ts',
      './y.ts',
      'z',
    ]);
    expect(crossImport('server/export/a.ts', '../../client/src/b.ts')).toBe('server/ imports client/');
    expect(crossImport('client/src/ui/a.ts', '../../../server/domain/b.ts')).toBe('client/ imports server/');
    expect(crossImport('core/timeline/a.ts', '../../client/src/b.ts')).toBe('core/ imports client/');
    expect(crossImport('core/timeline/a.ts', 'd3-selection')).toBe('core/ imports d3-selection');
    expect(crossImport('core/dates/a.ts', 'node:fs')).toBe('core/ imports node:fs');
    expect(crossImport('server/export/a.ts', '../../core/timeline/b.ts')).toBeNull();
    expect(crossImport('client/src/ui/a.ts', '../../../core/text/b.ts')).toBeNull();
    expect(crossImport('client/src/ui/a.ts', 'd3-selection')).toBeNull();
    expect(crossImport('core/timeline/a.ts', 'd3-scale')).toBeNull();
    expect(crossImport('server/export/a.ts', '../graphql/limits.ts')).toBe('server/export/ imports server/graphql/');
    expect(crossImport('server/graphql/resolvers/a.ts', '../../export/b.ts')).toBe(
      'server/graphql/ imports server/export/',
    );
    expect(crossImport('server/export/a.ts', '../input/read-arguments.ts')).toBeNull();
    expect(crossImport('server/graphql/resolvers/a.ts', '../../documents/timelinejs.ts')).toBeNull();
  });

  it('finds no cross import in the source tree', () => {
    const files = TOP_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))).map((f) => path.relative(ROOT, f));
    expect(files.filter((f) => f.startsWith('core/')).length).toBeGreaterThan(10);
    const problems = files.flatMap((file) =>
      importSpecifiers(readFileSync(path.join(ROOT, file), 'utf8')).flatMap((spec) => {
        const why = crossImport(file, spec);
        return why ? [`${file}: ${spec} (${why})`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });
});

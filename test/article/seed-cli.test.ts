// The seed command as a user runs it (a child process, no Neo4j): --help, --dry-run without credentials,
// validation before the password is asked for, and the progress line's wording.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProgress, progressLine } from '../../seed/progress-line.ts';
import { obj, seedDocument, tempDir, writeDocument } from '../neo4j-store/article-fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function seed(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const childEnv = { ...process.env, NEO4J_PASSWORD: undefined, NEO4J_URI: 'bolt://127.0.0.1:9', ...env };
  try {
    const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'seed/seed.ts', ...args], {
      cwd: ROOT,
      env: childEnv as NodeJS.ProcessEnv,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const f = e as { code: number; stdout: string; stderr: string };
    return { code: f.code, stdout: f.stdout, stderr: f.stderr };
  }
}

describe('npm run seed', () => {
  it('--help prints usage and exits 0', async () => {
    const r = await seed(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run seed -- \[options\]/);
    expect(r.stdout).toContain('--dry-run');
    expect(r.stdout).toContain('NEO4J_PASSWORD');
  });

  it('an unknown option is named, with the way to usage', async () => {
    const r = await seed(['--dryrun']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Unknown option '--dryrun'");
    expect(r.stderr).toContain('npm run seed -- --help');
  });

  it('--dry-run validates a second article with no Neo4j and no password, and says what it holds', async () => {
    const dir = await tempDir('dry-run');
    dirs.push(dir);
    const file = await writeDocument(dir, 'second', await seedDocument());
    const r = await seed(['--dry-run', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run: 2 article document(s) valid, nothing written');
    expect(r.stdout).toContain(path.relative(ROOT, file));
    expect(r.stdout).toMatch(/They hold: actors \d+, events \d+, statements \d+, relationships \d+\./);
  });

  it('reports an invalid document before asking for credentials', async () => {
    const dir = await tempDir('invalid');
    dirs.push(dir);
    const doc = await seedDocument();
    delete obj(doc, 'events[1]')['title'];
    const file = await writeDocument(dir, 'no-title', doc);
    for (const args of [[file], ['--dry-run', file]]) {
      const r = await seed(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('events[1].title');
      expect(r.stderr).not.toContain('NEO4J_PASSWORD');
    }
  });

  it('asks for NEO4J_PASSWORD only once every document is valid, and mentions --dry-run', async () => {
    const r = await seed([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 article document(s) are valid, but NEO4J_PASSWORD is not set');
    expect(r.stderr).toContain('--dry-run');
  });
});

describe('the progress line', () => {
  it('says articles written, rate and time left', () => {
    expect(formatProgress(120, 500, 4000)).toBe('Writing 120/500 articles (24%), 30.0 articles/s, about 12.7 s left');
    expect(formatProgress(0, 500, 0)).toBe('Writing 0/500 articles (0%), 0.0 articles/s, estimating…');
    expect(formatProgress(500, 500, 10_000)).toBe('Writing 500/500 articles (100%), 50.0 articles/s, done');
    expect(formatProgress(1000, 10_000, 10_000)).toContain('about 1 min 30 s left');
  });

  it('redraws in place at most every 100 ms, always the last one, and ends its line', () => {
    let t = 0;
    const written: string[] = [];
    const out = { write: (s: string) => written.push(s) } as unknown as NodeJS.WritableStream;
    const line = progressLine(out, () => t);
    for (let done = 1; done <= 10; done++) {
      t += 30;
      line.update(done, 10);
    }
    line.finish();
    expect(written.every((w, i) => (i === written.length - 1 ? w === '\n' : w.startsWith('\r')))).toBe(true);
    expect(written.length).toBeLessThan(7);
    expect(written.at(-2)).toContain('Writing 10/10 articles (100%)');
  });
});

// The docs a newcomer reads: no dead relative link or image anywhere in them, and a README short enough to read.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deadLinks, headingAnchors, markdownLinks } from './dead-links.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function markdownUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(ROOT, dir, f));
}

const DOCS = [
  join(ROOT, 'README.md'),
  ...markdownUnder('docs'),
  join(ROOT, 'seed/README.md'),
  join(ROOT, 'cypher/README.md'),
];

describe('the docs', () => {
  it.each(DOCS.map((f) => [relative(ROOT, f), f]))('%s has no dead relative link or image', (_name, file) => {
    expect(deadLinks(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('README.md is at most 10 KB, shows the two commands, and links the docs and a screenshot', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(10 * 1024);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
    const targets = markdownLinks(readme).map((l) => l.target);
    for (const doc of ['embedding', 'operations', 'article-format', 'graphql-api', 'benchmarks']) {
      expect(targets, doc).toContain(`docs/${doc}.md`);
    }
    expect(markdownLinks(readme).some((l) => l.kind === 'image' && l.target.startsWith('docs/images/'))).toBe(true);
  });
});

describe('the dead-link check', () => {
  const file = join(ROOT, 'docs/example.md');

  it('finds a missing file, a missing image, a missing heading in another file and in this one', () => {
    const text = [
      '# Example',
      '[gone](nowhere.md) ![gone](images/nowhere.png) [bad anchor](graphql-api.md#no-such-heading)',
      '[self](#example) [self, missing](#missing) <img src="images/also-gone.png">',
    ].join('\n');
    const problems = deadLinks(file, text);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/link "nowhere.md" points to .*docs\/nowhere.md, which does not exist/);
    expect(problems[1]).toMatch(/image "images\/nowhere.png"/);
    expect(problems[2]).toContain('graphql-api.md has no heading "#no-such-heading"');
    expect(problems[3]).toContain('this file has no heading "#missing"');
    expect(problems[4]).toMatch(/image "images\/also-gone.png"/);
  });

  it('accepts existing files, folders, headings and absolute URLs, and ignores links inside code', () => {
    const text = [
      '# Example',
      '[api](graphql-api.md#paths-how-are-two-actors-connected) [images](images/) [up](../README.md)',
      '[web](https://example.org/missing) [self](#example)',
      '`[not a link](nowhere.md)`',
      '```md\n[not a link either](nowhere.md)\n```',
    ].join('\n');
    expect(deadLinks(file, text)).toEqual([]);
  });

  it('makes anchors as GitHub does: code kept, punctuation dropped, duplicates numbered', () => {
    expect([...headingAnchors('## Ids and `node(id:)`\n## A, b\n## A, b')]).toEqual(['ids-and-nodeid', 'a-b', 'a-b-1']);
  });
});

// Finds the relative links and images in a markdown file that point nowhere: a missing file or folder, or an
// #anchor that names no heading of its target. Markdown is parsed with markdown-it (so links inside code are not
// links) and anchors are made the way GitHub makes them (github-slugger), so a link that works here works there.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const md = new MarkdownIt({ html: true });

/** One link or image: where it points, and what it is, for the message. */
export interface MarkdownLink {
  target: string;
  kind: 'link' | 'image';
}

// Raw HTML in markdown (`<img src>`, `<a href>`) links too.
const HTML_LINK = /\b(href|src)\s*=\s*["']([^"']+)["']/g;

function htmlLinks(html: string): MarkdownLink[] {
  return [...html.matchAll(HTML_LINK)].map((m) => ({ target: m[2]!, kind: m[1] === 'src' ? 'image' : 'link' }));
}

function inlineLinks(children: Token[]): MarkdownLink[] {
  return children.flatMap((t): MarkdownLink[] => {
    if (t.type === 'link_open') return [{ target: t.attrGet('href') ?? '', kind: 'link' }];
    if (t.type === 'image') return [{ target: t.attrGet('src') ?? '', kind: 'image' }];
    if (t.type === 'html_inline') return htmlLinks(t.content);
    return [];
  });
}

/** Every link and image in a markdown text, in order. */
export function markdownLinks(text: string): MarkdownLink[] {
  return md.parse(text, {}).flatMap((t) => {
    if (t.type === 'inline') return inlineLinks(t.children ?? []);
    if (t.type === 'html_block') return htmlLinks(t.content);
    return [];
  });
}

/** The anchors GitHub gives a markdown text's headings (duplicates get -1, -2, ...). */
export function headingAnchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const tokens = md.parse(text, {});
  const anchors = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open') return;
    const inline = tokens[i + 1]?.children ?? [];
    // The heading as GitHub renders it: text and code, without the markdown around them.
    const words = inline
      .filter((c) => c.type === 'text' || c.type === 'code_inline')
      .map((c) => c.content)
      .join('');
    anchors.add(slugger.slug(words));
  });
  return anchors;
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * What is wrong with each relative link in `file` (whose text is `text`): one message per dead link, naming the
 * file, the link and why. Absolute URLs (http:, mailto:, ...) are not checked: that needs the network.
 */
export function deadLinks(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const { target, kind } of markdownLinks(text)) {
    if (ABSOLUTE.test(target)) continue;
    const [rawPath = '', anchor] = target.split('#', 2);
    const path = rawPath ? resolve(dirname(file), decodeURIComponent(rawPath)) : file;
    if (!target) problems.push(`${file}: an empty ${kind} target`);
    else if (rawPath && !existsSync(path))
      problems.push(`${file}: ${kind} "${target}" points to ${path}, which does not exist`);
    else if (anchor !== undefined) {
      if (rawPath && (statSync(path).isDirectory() || !path.endsWith('.md'))) {
        problems.push(`${file}: ${kind} "${target}" has an anchor, but ${path} is not a markdown file`);
      } else if (!headingAnchors(path === file ? text : readFileSync(path, 'utf8')).has(anchor)) {
        problems.push(`${file}: ${kind} "${target}": ${rawPath || 'this file'} has no heading "#${anchor}"`);
      }
    }
  }
  return problems;
}

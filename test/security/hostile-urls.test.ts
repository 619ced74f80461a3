// Script through a source URL (issue 12): documents with a javascript:, data: or vbscript: URL are refused, and
// a graph that already holds one (loaded before that rule, or written by hand) never hands it out as a link: not in
// any export, not in the app's evidence panel. Checked in Chromium: clicking every link runs nothing and navigates
// nowhere.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, findArticleFiles, loadArticles } from '../../server/article/load-articles.ts';
import { validateArticle } from '../../server/article/validate-article.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { gql } from '../support/gql.ts';
import type { RunningApp } from '../support/start-app.ts';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];
/** A real https URL carrying markup: allowed, but it must come out escaped. */
const MARKUP_URL = 'https://news.example.org/a?x="><img src=x onerror=alert(1)>';

const EXPORTS = [
  '/export/timelinejs.json',
  '/export/timeline.csv',
  '/export/network.json',
  '/export/network.graphml',
  '/export/timeline.svg',
];

/** Every way a URL's scheme can hide: what must never reach a reader as a link. */
const SCRIPT_SCHEME = /(java|vb)\s*script\s*:|data\s*:\s*text/i;

describe('documents refuse non-http source URLs', () => {
  it('each hostile URL is an error naming source.url; http and https pass', async () => {
    const [file] = await findArticleFiles([DEFAULT_ARTICLES_DIR]);
    const raw = JSON.parse(await readFile(file!, 'utf8')) as { source: Record<string, unknown>; [k: string]: unknown };
    const text = await readFile(file!.replace(/\.json$/, '.txt'), 'utf8');
    const withUrl = (url: string) => ({ ...raw, source: { ...raw.source, url } });
    for (const url of HOSTILE)
      expect(() => validateArticle(file!, withUrl(url), text), url).toThrow(
        /source\.url: url must be an http: or https: URL/,
      );
    for (const url of ['https://news.example.org/a', 'http://news.example.org/a', MARKUP_URL])
      expect(validateArticle(file!, withUrl(url), text).source.url).toBe(url);
  });
});

describe('a graph holding hostile URLs', () => {
  const chromium = useBrowserApp({ app: null });
  const dialogs: string[] = [];

  /** The app over the seed article with its source URL replaced, as a graph loaded before the rule would hold it. */
  async function appWithUrl(url: string): Promise<RunningApp> {
    const articles = await loadArticles();
    for (const a of articles) a.source = { ...a.source, url };
    return chromium.startApp({ store: new MemoryStore(articles) });
  }

  beforeAll(async () => {
    // Nothing may leave the machine; a dialog on any page (a popup included) is a script that ran.
    await chromium.context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    chromium.context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
  });

  /**
   * Every link on the page must point to http(s) (following one of those is what a link is for, so it is not
   * clicked); any other is clicked, and the page must stay where it is with no dialog opened anywhere.
   */
  async function clickEveryLink(page: Page, selector: string, what: string) {
    const before = page.url();
    const hrefs = await page.$$eval(selector, (links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const [i, href] of hrefs.entries()) {
      if (/^https?:\/\//.test(href)) continue;
      await page
        .locator(selector)
        .nth(i)
        .click({ timeout: 2000 })
        .catch(() => {});
    }
    await page.waitForTimeout(200);
    expect(dialogs, what).toEqual([]);
    expect(page.url(), what).toBe(before);
    for (const href of hrefs) expect(href, what).toMatch(/^https?:\/\//);
  }

  it('no export writes a hostile URL, and TimelineJS links are escaped http(s) only', async () => {
    for (const url of [...HOSTILE, MARKUP_URL]) {
      const app = await appWithUrl(url);
      for (const path of EXPORTS) {
        const res = await fetch(`${app.url}${path}`);
        expect(res.status, path).toBe(200);
        const body = await res.text();
        expect(body, `${path} with ${JSON.stringify(url)}`).not.toMatch(SCRIPT_SCHEME);
        expect(body, path).not.toContain('<img');
      }
      const q = await gql(app.url, `{ timelineJS { json } sources { url } }`);
      expect(JSON.stringify(q.data)).not.toMatch(SCRIPT_SCHEME);
      const sources = (q.data as { sources: Array<{ url: string | null }> }).sources;
      for (const s of sources) expect(s.url === null || /^https?:\/\//.test(s.url)).toBe(true);
    }
  }, 60_000);

  it('in Chromium, TimelineJS slides and the SVG run nothing when their links are clicked', async () => {
    for (const url of [HOSTILE[0]!, HOSTILE[1]!, HOSTILE[5]!, MARKUP_URL]) {
      const app = await appWithUrl(url);
      const doc = (await (await fetch(`${app.url}/export/timelinejs.json`)).json()) as {
        events: Array<{ text: { text: string } }>;
      };
      const page = await chromium.newPage();
      // TimelineJS sets slide text as HTML in someone else's page, which may have no CSP: a blank page here.
      await page.setContent(`<body>${doc.events.map((e) => e.text.text).join('')}</body>`);
      await clickEveryLink(page, 'a', `timelinejs with ${url}`);
      await page.goto(`${app.url}/export/timeline.svg`);
      await clickEveryLink(page, 'a', `svg with ${url}`);
      await page.close();
    }
  }, 90_000);

  it("in Chromium, the app's evidence panel shows a hostile source as text, not a link", async () => {
    for (const url of [HOSTILE[0]!, HOSTILE[2]!, HOSTILE[5]!, HOSTILE[6]!]) {
      const app = await appWithUrl(url);
      const page = await chromium.newPage(app.url);
      const statement = await gql<{ statements: { edges: Array<{ node: { id: string } }> } }>(
        app.url,
        `{ statements(first: 1) { edges { node { id } } } }`,
      );
      const id = statement.data!.statements.edges[0]!.node.id;
      await page.click(`[data-view="timeline"] [data-id="${id}"] path.quote`);
      await page.waitForSelector(`#detail[data-status="ready"][data-selected="statement:${id}"] .evidence figcaption`);
      expect(await page.locator('#detail .evidence figcaption a').count(), url).toBe(0);
      await clickEveryLink(page, '#detail a[href]', `panel with ${url}`);
      await page.close();
    }
  }, 90_000);
});

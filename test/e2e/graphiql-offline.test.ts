// GraphiQL with no network but our own origin: every request to another host is refused by the browser
// (playwright route), the page must still load, run a query and show its answer, with no CSP violation.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { launchBrowser, newContext } from '../support/browser.ts';
import { docsScreenshot } from './docs-screenshot.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('GraphiQL offline', () => {
  it('loads from our origin alone and runs a query', async () => {
    const context = await newContext(browser, { width: 1400, height: 900 });
    const outside: string[] = [];
    const origin = new URL(app.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));

    const res = await page.goto(`${app.url}/graphql`);
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).not.toMatch(/https?:|unsafe-eval/);
    expect(csp).toContain("connect-src 'self'");

    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    const query = '{ actor(id: "nayib-bukele") { name kind } }';
    const editor = page.locator('.graphiql-query-editor .monaco-editor, .graphiql-query-editor .CodeMirror').first();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(query);
    await page.locator('button.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    // Monaco draws spaces as no-break spaces.
    const shown = async () => (await response.innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(shown, { timeout: 15_000 }).toContain('"name": "Nayib Bukele"');

    await docsScreenshot(page, 'graphiql-offline');
    expect(outside).toEqual([]);
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
    await context.close();
  });
});

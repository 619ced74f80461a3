// Verbatim quotes between quotation marks, paraphrases never: in the layout the app and the SVG share, in the
// server's SVG (italic too) and in TimelineJS headlines.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { findAll, parseXml, type XmlElement } from './support/xml-tree.ts';

const doc = JSON.parse(readFileSync('seed/articles/thin-line-news-2025-05-05.json', 'utf8')) as {
  statements: Array<{ id: string; kind: 'QUOTE' | 'PARAPHRASE'; text: string }>;
};
const kindOf = new Map(doc.statements.map((s) => [s.id, s.kind]));

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.close());

const textOf = (el: XmlElement): string => el.text + el.children.map(textOf).join('');

describe('paraphrases are not shown as quotes', () => {
  it('the SVG labels a quote in quotation marks and a paraphrase with ≈, in italics', async () => {
    const root = parseXml(await (await fetch(`${app.url}/export/timeline.svg?width=2400`)).text());
    const statements = findAll(root, (el) => kindOf.has(el.attrs['data-id'] ?? ''));
    const seen = { QUOTE: 0, PARAPHRASE: 0 };
    for (const m of statements) {
      const kind = kindOf.get(m.attrs['data-id']!)!;
      const title = findAll(m, (el) => el.name === 'text' && el.attrs['font-weight'] === 'bold')[0];
      if (!title) continue; // unlabelled mark
      seen[kind]++;
      const words = textOf(title);
      if (kind === 'QUOTE') {
        expect(words, m.attrs['data-id']).toMatch(/^“/);
        expect(title.attrs['font-style']).toBeUndefined();
      } else {
        expect(words, m.attrs['data-id']).toMatch(/^≈ /);
        expect(words).not.toMatch(/[“”]/);
        expect(title.attrs['font-style']).toBe('italic');
      }
    }
    expect(seen.QUOTE).toBeGreaterThan(0);
    expect(seen.PARAPHRASE).toBeGreaterThan(0);
  });

  it('TimelineJS puts quotation marks around quotes only', async () => {
    const tl = (await (await fetch(`${app.url}/export/timelinejs.json`)).json()) as {
      events: Array<{ unique_id: string; text: { headline: string } }>;
    };
    const statements = tl.events.filter((e) => kindOf.has(e.unique_id));
    expect(statements.length).toBe(doc.statements.length);
    for (const e of statements) {
      if (kindOf.get(e.unique_id) === 'QUOTE') expect(e.text.headline).toMatch(/: “.*”$/);
      else {
        expect(e.text.headline).toContain(', paraphrased: ');
        expect(e.text.headline).not.toMatch(/[“”]/);
      }
    }
  });
});

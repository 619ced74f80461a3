// Search over claims, evidence and article text: adding reports of the same events never makes a hit disappear,
// and every hit names the sources that matched.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { searchTerms } from '../../server/store/snippet.ts';
import { CLAIMS_DIR } from '../contract/claims-contract.ts';
import { FOLLOW_UP_DIR } from '../contract/store-contract.ts';

describe('search across sources', () => {
  it('finds every hit of the seed alone after overlapping articles are added, for every word and phrase of it', async () => {
    const seedOnly = new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR]));
    const merged = new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, FOLLOW_UP_DIR, CLAIMS_DIR]));
    const [seed] = await seedOnly.listSources();
    const words = searchTerms(seed!.text);
    const phrases = ['We can work together', 'Sovereignty is not for sale', 'No, President Trump', 'public event'];
    let checked = 0;
    for (const text of [...words, ...phrases]) {
      const before = (await seedOnly.search({ text, first: 500 })).map((h) => `${h.kind}:${h.id}`);
      const after = new Set((await merged.search({ text, first: 500 })).map((h) => `${h.kind}:${h.id}`));
      for (const hit of before) expect(after.has(hit), `"${text}" lost ${hit}`).toBe(true);
      checked += before.length;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('"We can work together" is found in both statements that quote it after the merge, naming the seed', async () => {
    const merged = new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR]));
    const hits = await merged.search({ text: 'We can work together', first: 20 });
    const statements = hits.filter((h) => h.kind === 'STATEMENT');
    expect(statements.map((h) => h.id).sort()).toEqual([
      'claudia-sheinbaum-no-president-trump',
      'claudia-sheinbaum-sovereignty-is-not-for-sale',
    ]);
    for (const h of statements) expect(h.sourceIds).toEqual(['thin-line-news-2025-05-05']);
  });

  it('finds words only in evidence quotes and only in article text, saying which source they come from', async () => {
    const merged = new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR]));
    // "supporters gathered" is only in a Daily Beast evidence span of the speech, never in a name, title or quote.
    const evidence = await merged.search({ text: 'supporters gathered', first: 20 });
    expect(evidence).toContainEqual(
      expect.objectContaining({ kind: 'EVENT', id: 'sheinbaum-eastern-mexico-speech-on-sovereignty' }),
    );
    expect(evidence.find((h) => h.kind === 'EVENT')!.sourceIds).toEqual(['daily-beast-2025-05-04']);
    // "Leave a Reply" is only in the seed article's text.
    const text = await merged.search({ text: 'leave a reply', first: 20 });
    expect(text).toEqual([expect.objectContaining({ kind: 'SOURCE', id: 'thin-line-news-2025-05-05' })]);
    expect(text[0]!.sourceIds).toEqual(['thin-line-news-2025-05-05']);
  });
});

// Articles that only name their source (no facts): a corpus with thousands of sources from many outlets, cheap to
// build, for the bounded sources reads (the API's sourcesConnection and the client's Sources filter at scale).
import type { ParsedArticle } from '../../server/article/parsed-article.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `count` articles from `outlets` outlets ("Outlet 0007 Gazette"), round-robin, one a day from 2020-01-01. */
export function manySourceArticles(count: number, outlets: number): ParsedArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const outlet = pad(i % outlets, 4);
    const publishedAt = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const id = `outlet-${outlet}-${publishedAt}-${i}`;
    const text = `Report ${i} from Outlet ${outlet}.`;
    return {
      file: `${id}.json`,
      source: {
        id,
        title: `Report ${i} on the harbour`,
        publisher: `Outlet ${outlet} Gazette`,
        publishedAt,
        url: null,
        text,
        citations: [],
      },
      actors: [],
      events: [],
      statements: [],
      relationships: [],
    };
  });
}

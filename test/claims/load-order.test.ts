// Every load order of the seed article and two other reports of the same events gives the same embedded graph,
// down to the bytes of a GraphQL answer that reads claims and disputes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { CLAIMS_DIR } from '../contract/claims-contract.ts';
import { broadAnswer } from './broad-query.ts';
import { permutations } from './permutations.ts';

describe('the embedded store in every load order', () => {
  it('answers a broad GraphQL query byte for byte the same', async () => {
    const articles = await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR]);
    expect(articles).toHaveLength(3);
    const answers = new Set<string>();
    for (const order of permutations(articles)) answers.add(await broadAnswer(new MemoryStore(order)));
    expect(answers.size).toBe(1);
    const [answer] = answers;
    expect(answer).toContain('"field":"event"');
    expect(answer!.length).toBeGreaterThan(50_000);
  });
});

// The shared GraphStore contract (test/contract/store-contract.ts) run against Neo4j, loaded by the real writer.
import { describe } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { describeClaimsContract } from '../contract/claims-contract.ts';
import { describeStoreContract } from '../contract/store-contract.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

describe.skipIf(noNeo4j)(suiteName('Neo4j store'), () => {
  // Each suite resets the graph and writes its own articles when it starts (suites run one after the other).
  const neo4jStore = async (articles: ParsedArticle[]) => {
    const driver = testDriver();
    await resetGraph(driver);
    await seedArticles(articles);
    const store = await Neo4jStore.fromDriver(driver);
    return {
      store,
      release: async () => {
        await store.close();
        await driver.close();
      },
    };
  };
  describeStoreContract('neo4j', neo4jStore);
  describeClaimsContract('neo4j', neo4jStore);
});

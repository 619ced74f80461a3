// What is in the graph, by label and relationship type: the seed's report, and the tests' "nothing changed".
import type { Driver } from 'neo4j-driver';
import { loadQueries } from '../../cypher/load-queries.ts';
import { toNumber } from './property-codecs.ts';
import { runRead } from './transactions.ts';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(driver: Driver, database?: string): Promise<GraphCounts> {
  const q = await loadQueries(['admin/count-nodes', 'admin/count-relationships']);
  return runRead(driver, database, async (tx) => {
    const nodes = await tx.run(q['admin/count-nodes']);
    const rels = await tx.run(q['admin/count-relationships']);
    return {
      nodes: Object.fromEntries(nodes.records.map((r) => [String(r.get('label')), toNumber(r.get('count'))])),
      relationships: Object.fromEntries(rels.records.map((r) => [String(r.get('type')), toNumber(r.get('count'))])),
    };
  });
}

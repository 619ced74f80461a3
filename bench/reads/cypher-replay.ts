// "The same read as raw Cypher": records the queries the Neo4j adapter runs for one read, then replays them
// straight through the driver (one read transaction, records left as driver objects), so the difference to
// the store call is the adapter's own cost. Also profiles each recorded query once, for the plans.
import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionConfig } from 'neo4j-driver';

export interface RecordedQuery {
  query: string;
  params: Record<string, unknown>;
}

/** Passes every call through, binding methods to the real object so private fields keep working. */
function passThrough<T extends object>(target: T, overrides: Partial<Record<PropertyKey, unknown>>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (prop in overrides) return overrides[prop];
      const value: unknown = Reflect.get(t, prop, t);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/** A driver that appends every query run in a read transaction to `log`. */
export function recordingDriver(driver: Driver, log: RecordedQuery[]): Driver {
  const recordTx = (tx: ManagedTransaction) =>
    passThrough(tx, {
      run: (query: string, params: Record<string, unknown> = {}) => {
        log.push({ query, params });
        return tx.run(query, params);
      },
    });
  return passThrough(driver, {
    session: (config?: SessionConfig): Session => {
      const session = driver.session(config);
      return passThrough(session, {
        executeRead: <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
          session.executeRead((tx) => work(recordTx(tx))),
      });
    },
  });
}

export async function replay(driver: Driver, queries: readonly RecordedQuery[]): Promise<number> {
  // Every record in one batch, as the store's sessions pull them (transactions.ts).
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: -1 });
  try {
    return await session.executeRead(async (tx) => {
      let records = 0;
      for (const q of queries) records += (await tx.run(q.query, q.params)).records.length;
      return records;
    });
  } finally {
    await session.close();
  }
}

export interface QueryProfile {
  /** The query's opening comment line, or its first line. */
  query: string;
  rows: number;
  dbHits: number;
  serverMs: number;
  /** The plan, one operator per line, indented by depth. */
  plan: string[];
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function describe(query: string): string {
  const lines = query.split('\n');
  return (lines.find((l) => l.startsWith('//')) ?? lines[0] ?? '').replace(/^\/\/\s*/, '').slice(0, 120);
}

export async function profile(driver: Driver, queries: readonly RecordedQuery[]): Promise<QueryProfile[]> {
  const out: QueryProfile[] = [];
  for (const q of queries) {
    const result = await driver.executeQuery(`PROFILE ${q.query}`, q.params, { routing: neo4j.routing.READ });
    const root = result.summary.profile as unknown as PlanNode | false;
    const plan: string[] = [];
    let dbHits = 0;
    const walk = (op: PlanNode, depth: number) => {
      dbHits += Number(op.dbHits);
      const details = String(op.arguments['Details'] ?? '').slice(0, 160);
      plan.push(
        `${'  '.repeat(depth)}${op.operatorType.replace(/@neo4j$/, '')} rows=${Number(op.rows)} hits=${Number(op.dbHits)} ${details}`.trimEnd(),
      );
      op.children.forEach((c) => walk(c, depth + 1));
    };
    if (root) walk(root, 0);
    out.push({
      query: describe(q.query),
      rows: result.records.length,
      dbHits,
      serverMs: Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter),
      plan,
    });
  }
  return out;
}

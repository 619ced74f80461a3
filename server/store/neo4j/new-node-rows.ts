// Which of a batch's rows make nodes that do not exist yet, so they can be written with CREATE instead of MERGE.
// Why: MERGE pays an index lookup and a lock per row, and the statement and relationship writes also look for old
// links to delete; on an empty graph none of that finds anything. CREATE took ~10% off seeding 100k events
// (docs/benchmarks.md). A row is new only when the graph held none of these nodes when the write began and no
// earlier batch of the same write had the id; everything else, and every write into a graph that already holds
// facts, goes through the MERGE queries as before.
import type { BatchQuery, batchRows } from './write-batch-rows.ts';

/** The MERGE queries that have a CREATE twin, and the twin's name. */
const CREATE_TWINS = {
  'write/evidence': 'write/new-evidence',
  'write/events': 'write/new-events',
  'write/statements': 'write/new-statements',
  'write/relationships': 'write/new-relationships',
} as const satisfies Partial<Record<BatchQuery, string>>;

type Creatable = keyof typeof CREATE_TWINS;
export type WriteStep = BatchQuery | (typeof CREATE_TWINS)[Creatable];

const isCreatable = (q: BatchQuery): q is Creatable => q in CREATE_TWINS;

/** Every query of a batch in the order it runs: a CREATE twin just before its MERGE query (their rows never share an id). */
export function writeSteps(order: readonly BatchQuery[]): WriteStep[] {
  return order.flatMap((q): WriteStep[] => (isCreatable(q) ? [CREATE_TWINS[q], q] : [q]));
}

type BatchRows = ReturnType<typeof batchRows>;
export type StepRows = Record<WriteStep, { rows: ReadonlyArray<object> }>;

/**
 * The ids a write has made so far, per creatable query, or null when the graph already held facts when the write
 * began (then no row is known to be new).
 */
export type WrittenIds = Map<Creatable, Set<string>> | null;

export const startWrittenIds = (graphHoldsFacts: boolean): WrittenIds => (graphHoldsFacts ? null : new Map());

/** The batch's rows with the new ones moved to the CREATE twins. */
export function splitNewRows(rows: BatchRows, written: WrittenIds): StepRows {
  const out = { ...rows } as Partial<StepRows>;
  for (const q of Object.keys(CREATE_TWINS) as Creatable[]) {
    const all = rows[q].rows as ReadonlyArray<{ id: string }>;
    if (written === null) {
      out[CREATE_TWINS[q]] = { rows: [] };
      continue;
    }
    const seen = written.get(q);
    const isNew = (r: { id: string }) => !seen?.has(r.id);
    out[CREATE_TWINS[q]] = { rows: all.filter(isNew) };
    out[q] = { rows: all.filter((r) => !isNew(r)) };
  }
  return out as StepRows;
}

/** Records a committed batch's ids, so a later batch MERGEs into them. */
export function rememberWritten(rows: BatchRows, written: WrittenIds): void {
  if (written === null) return;
  for (const q of Object.keys(CREATE_TWINS) as Creatable[]) {
    let seen = written.get(q);
    if (!seen) written.set(q, (seen = new Set()));
    for (const r of rows[q].rows as ReadonlyArray<{ id: string }>) seen.add(r.id);
  }
}

// The queries a batch's write transaction runs, in order, and which rows go to each. Rows are keyed once, by the
// MERGE query that writes them (source-rows.ts, subject-rows.ts); into an empty graph, rows of nodes the write has
// not made yet go to a CREATE twin instead. Why: MERGE pays an index lookup and a lock per row, and the statement
// and relationship writes also look for old links to delete; on an empty graph none of that finds anything. CREATE
// took ~10% off seeding 100k events (docs/benchmarks.md). A row is new only when the graph held none of these nodes
// when the write began and no earlier batch of the same write had the id.
import type { sourceRows } from './source-rows.ts';
import type { subjectRows } from './subject-rows.ts';

/** The write queries of a batch, in the order they must run (all sources before their evidence, and so on). */
export const BATCH_QUERIES = [
  'write/sources',
  'write/evidence',
  'write/actors',
  'write/citations',
  'write/events',
  'write/event-links',
  'write/statements',
  'write/statement-quotes',
  'write/relationships',
] as const;

export type BatchQuery = (typeof BATCH_QUERIES)[number];
export type BatchRows = ReturnType<typeof sourceRows> & ReturnType<typeof subjectRows>;

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

/** Every query a batch may run, in order: a CREATE twin just before its MERGE query (their rows never share an id). */
export const WRITE_STEPS: readonly WriteStep[] = BATCH_QUERIES.flatMap((q): WriteStep[] =>
  isCreatable(q) ? [CREATE_TWINS[q], q] : [q],
);

/**
 * The ids a write has made so far, per creatable query, or null when the graph already held facts when the write
 * began (then no row is known to be new).
 */
export type WrittenIds = Map<Creatable, Set<string>> | null;

export const startWrittenIds = (graphHoldsFacts: boolean): WrittenIds => (graphHoldsFacts ? null : new Map());

export interface Step {
  query: WriteStep;
  rows: readonly object[];
}

/** The batch's steps in WRITE_STEPS order, the new rows moved to the CREATE twins; steps without rows are left out. */
export function batchSteps(rows: BatchRows, written: WrittenIds): Step[] {
  const steps: Step[] = [];
  const add = (query: WriteStep, list: readonly object[]) => {
    if (list.length > 0) steps.push({ query, rows: list });
  };
  for (const q of BATCH_QUERIES) {
    if (written === null || !isCreatable(q)) {
      add(q, rows[q]);
      continue;
    }
    const made = written.get(q);
    const isNew = (r: { id: string }) => !made?.has(r.id);
    add(CREATE_TWINS[q], rows[q].filter(isNew));
    add(
      q,
      rows[q].filter((r) => !isNew(r)),
    );
  }
  return steps;
}

/** Records a committed batch's ids, so a later batch MERGEs into them. */
export function rememberWritten(rows: BatchRows, written: WrittenIds): void {
  if (written === null) return;
  for (const q of Object.keys(CREATE_TWINS) as Creatable[]) {
    let made = written.get(q);
    if (!made) written.set(q, (made = new Set()));
    for (const r of rows[q]) made.add(r.id);
  }
}

// What runs at one corpus size: every asked-for phase, except that past the embedded store's limit (bench-args.ts,
// --embedded-max) its load and reads are skipped with the reason written into the report, and the reads and the
// client run against Neo4j alone.
import type { BenchArgs, Phase } from './bench-args.ts';

export interface SizePlan {
  phases: Phase[];
  /** Whether the embedded store is built at this size (its load phase, its reads). */
  embedded: boolean;
  stores: BenchArgs['stores'];
  /** Why a phase or a store is left out, for the report's notes. */
  skipped: string[];
}

export const EMBEDDED_SKIP_REASON =
  'the embedded store does not start at this size within Node’s default heap (about 6.6 KB of heap per event, ' +
  'so past ~500k events more than 3-4 GB, and minutes of start-up): docs/benchmarks.md, "Where to switch to Neo4j"';

export function planSize(events: number, args: Pick<BenchArgs, 'phasesFor' | 'stores' | 'embeddedMax'>): SizePlan {
  const asked = args.phasesFor(events);
  if (events <= args.embeddedMax) return { phases: asked, embedded: true, stores: args.stores, skipped: [] };
  const skipped: string[] = [];
  if (asked.includes('load')) skipped.push(`embedded load not measured: ${EMBEDDED_SKIP_REASON}`);
  if (asked.includes('reads') && args.stores.includes('memory'))
    skipped.push(`embedded reads and conditional GET not measured: ${EMBEDDED_SKIP_REASON}`);
  if (asked.includes('client')) skipped.push('client served by the Neo4j store seeded with this corpus');
  return {
    phases: asked.filter((p) => p !== 'load'),
    embedded: false,
    stores: args.stores.filter((s) => s === 'neo4j'),
    skipped,
  };
}

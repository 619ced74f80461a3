// The shape of a benchmark run's JSON output (bench-results/*.json).
import type { Phase } from './bench-args.ts';
import type { ClientResult } from './client/client-result.ts';
import type { CorpusSummary } from './corpus/generate-corpus.ts';
import type { MachineInfo } from './machine.ts';
import type { LoadResult } from './measure-load.ts';
import type { SeedResult } from './measure-seed.ts';
import type { ConditionalFigures } from './reads/measure-conditional.ts';
import type { ReadOptions, ScenarioFigures } from './reads/measure-reads.ts';

export interface SizeReport {
  events: number;
  phases: Phase[];
  corpus: CorpusSummary & { generateMs: number };
  load?: LoadResult;
  seed?: SeedResult;
  reads?: {
    options: ReadOptions;
    memory?: ScenarioFigures[];
    neo4j?: ScenarioFigures[];
    /** Revalidation (304) throughput per store; absent in results taken before it was measured. */
    conditional?: { memory?: ConditionalFigures; neo4j?: ConditionalFigures };
  };
  client?: ClientResult;
  /** Why something did not run, or anything else worth knowing about this size. */
  notes: string[];
}

export interface TargetRow {
  target: string;
  limit: string;
  measured: string;
  /** null: not measured in this run. */
  met: boolean | null;
  note: string;
}

export interface BenchReport {
  tool: 'kg-timeline bench';
  startedAt: string;
  finishedAt: string;
  command: string;
  variants: string[];
  machine: MachineInfo;
  neo4j: { version: string; heap: string; pagecacheMb: number; jit: string; jvm?: string } | null;
  sizes: SizeReport[];
  targets: TargetRow[];
}

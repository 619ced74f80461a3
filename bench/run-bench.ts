// `npm run bench`: see USAGE in bench-args.ts and docs/benchmarks.md.
// The server runs as in production (the Docker image sets NODE_ENV=production): graphql-js reads NODE_ENV once,
// when first imported, and outside production it runs extra checks on every value it resolves.
import { spawnSync } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import { parseBenchArgs } from './bench-args.ts';

process.env['NODE_ENV'] ??= 'production';

/**
 * Past the embedded store's limit the seed holds every parsed document in this process (seed/seed.ts validates all
 * before writing any), and a first seed in bulk also which articles list each subject and two chunks of rows: about
 * 5 GB live at a million events (docs/benchmarks.md, "The seeder's side of a first seed"), past Node's default heap.
 * So the run starts again with a larger one.
 */
const LARGE_HEAP_MB = 15_360;
const argv = process.argv.slice(2);
const args = parseBenchArgs(argv);
const large = Math.max(...args.events) > args.embeddedMax;
if (large && getHeapStatistics().heap_size_limit < LARGE_HEAP_MB * 2 ** 20 * 0.9) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${LARGE_HEAP_MB}`, process.argv[1]!, ...argv],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}
await import('./bench-main.ts');

export {};

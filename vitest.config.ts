import { defineConfig } from 'vitest/config';

// Neo4j community has one database, so files that use it must not run at once; on a 2-core machine
// running files one at a time costs little and keeps every test independent of the others' data.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['node_modules/**'],
    globalSetup: ['test/neo4j/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    // Headroom above Node's default (~4 GB here) for test/e2e/million-timeline.test.ts, whose store keeps ~2.9 GB:
    // with a limit just above what is live, the collector would run back to back. Each file has its own worker.
    execArgv: ['--max-old-space-size=5120'],
  },
});

// The V8 flags the server process is started with (package.json's `start`, the Dockerfile's CMD; the start-up
// bench starts its measured process with them too, and test/ops/deployment-files.test.ts checks all three agree).
// They are for the embedded store's start-up, which parses every article and keeps most of what it parses (670 MB
// at 100k events). With V8's defaults the old generation's first full-GC limit is low and raised step by step,
// so a heap that is still growing is marked and compacted on the way up (3 times at 100k events), each time
// over everything kept so far. With a first limit of 1 GB, 100k events start with no full collection before the
// build ends (CPU time -14%, docs/benchmarks.md "V8 flags for the server process"). Nothing is reserved: the
// heap grows as it is used, and after its first full collection V8 sets the limit from what is live, as it would
// anyway.
// Measured and left out: --max-semi-space-size=64 (a third of the scavenges, no CPU time saved beyond noise,
// 60-90 MB more peak memory at 10k-100k events).
export const SERVER_NODE_FLAGS = ['--initial-old-space-size=1024'] as const;

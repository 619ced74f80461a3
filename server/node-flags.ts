// The V8 flags the server process is started with (package.json's `start`, the Dockerfile's CMD; the start-up
// bench starts its measured process with them too, and test/ops/deployment-files.test.ts checks all three agree).
// They are for the embedded store's start-up, which parses every article and keeps most of what it parses (670 MB
// at 100k events): with V8's defaults a 1-16 MB young generation is scavenged ~270 times, copying every object
// that survives, and a growing old generation is marked and compacted 6-8 times on the way up.
// - Semi-spaces that may grow to 64 MB (the default stops at 16): a third of the scavenges. V8 grows them only
//   while many young objects survive, so a server whose heap is small does not use the room.
// - A first full-GC limit of 1 GB for the old generation: start-up is not interrupted by full collections of a
//   heap that is still growing (1-2 instead of 6-8 at 100k). Nothing is reserved: the heap grows as it is used;
//   after the first full collection V8 sets the limit from what is live, as it would anyway.
// docs/benchmarks.md "V8 flags for start-up" has the measurements.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64', '--initial-old-space-size=1024'] as const;

// `npm run bench`: see USAGE in bench-args.ts and docs/benchmarks.md.
// The server runs as in production (the Docker image sets NODE_ENV=production): graphql-js reads NODE_ENV once,
// when first imported, and outside production it runs extra checks on every value it resolves.
process.env['NODE_ENV'] ??= 'production';
await import('./bench-main.ts');

export {};

// Errors a store may throw that callers can act on; anything else is an internal error.

/** The backing database cannot be reached or is not ready (retry later). */
export class StoreUnavailableError extends Error {
  constructor(message = 'the graph store is unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A cursor that this store did not issue or that no longer decodes. */
export class InvalidCursorError extends Error {
  constructor(readonly cursor: string) {
    super(`cursor "${cursor}" is not valid for this list`);
    this.name = 'InvalidCursorError';
  }
}

/** Full-text search cannot run: its index does not exist (an interrupted first seed) or is not online yet. */
export class SearchIndexMissingError extends Error {
  constructor(message = 'the search index is missing; run the seed to completion (npm run seed) to build it') {
    super(message);
    this.name = 'SearchIndexMissingError';
  }
}

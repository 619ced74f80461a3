// Errors a store may throw that callers can act on; anything else is an internal error.
import { InputError } from '../input/input-error.ts';

/** The backing database cannot be reached or is not ready (retry later). */
export class StoreUnavailableError extends Error {
  constructor(message = 'the graph store is unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A cursor that this store did not issue, that no longer decodes, or that another list or filter set issued: the
 * caller's `after` argument is wrong, so it is an InputError like any other and every transport answers it as one.
 */
export class InvalidCursorError extends InputError {
  constructor(readonly cursor: string) {
    super('after', 'not valid for this list', `cursor "${cursor}" is not valid for this list`);
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

/** How long to wait before asking again while a first seed loads: one of 100k events takes minutes. */
export const SEED_RETRY_AFTER_SECONDS = 30;

/**
 * A bulk first seed is still loading (its (:SeedInProgress) marker is in the graph): what a read would see is part
 * of the graph, so reads are refused (SEED_IN_PROGRESS) until the seed's last transaction removes the marker.
 */
export class SeedInProgressError extends Error {
  readonly retryAfterSeconds = SEED_RETRY_AFTER_SECONDS;
  constructor(message = 'a first seed is loading the graph; what is in it so far is incomplete') {
    super(message);
    this.name = 'SeedInProgressError';
  }
}

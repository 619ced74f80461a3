// Maps what an export can throw to an HTTP answer: bad filters are the caller's to fix (400, naming
// the parameter, in the same shape GraphQL uses), an unreachable store is temporary (503), anything
// else is ours (500, logged, never shown).
import type { Response } from 'express';
import type { Logger } from 'pino';
import { InputError } from '../input/input-error.ts';
import { SeedInProgressError, StoreUnavailableError } from '../store/store-errors.ts';

export interface ExportErrorBody {
  error: { code: string; message: string; argument?: string };
}

export function sendExportError(res: Response, error: unknown, logger: Logger): void {
  let status: number;
  let body: ExportErrorBody;
  if (error instanceof InputError) {
    status = 400;
    body = { error: { code: error.code, argument: error.argument, message: error.message } };
  } else if (error instanceof StoreUnavailableError) {
    status = 503;
    body = { error: { code: 'SERVICE_UNAVAILABLE', message: 'The graph store is unavailable; try again shortly.' } };
    res.setHeader('Retry-After', '5');
  } else if (error instanceof SeedInProgressError) {
    status = 503;
    body = { error: { code: 'SEED_IN_PROGRESS', message: `The graph is not ready: ${error.message}.` } };
    res.setHeader('Retry-After', String(error.retryAfterSeconds));
  } else {
    status = 500;
    body = { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' } };
    logger.error({ err: error }, 'export failed');
  }
  // An error must never be served with the export's own disposition or type.
  res.removeHeader('Content-Disposition');
  res.status(status).type('application/json').json(body);
}

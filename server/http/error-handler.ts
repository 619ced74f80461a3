// The last middleware: an error no route handled becomes a short JSON answer. Client mistakes (too large,
// malformed, aborted) keep their 4xx status; anything else is a 500 whose details go to the log, never the client.
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

function statusOf(err: unknown): number {
  const status =
    typeof err === 'object' && err !== null
      ? ((err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode)
      : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const status = statusOf(err);
    if (status === 500) logger.error({ err, reqId: req.id }, 'unhandled error in a request');
    const message =
      status === 413 ? 'Request body too large.' : status === 500 ? 'Internal server error.' : 'Bad request.';
    res.status(status).json({
      errors: [
        {
          message,
          extensions: { code: CODES[status] ?? (status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST') },
        },
      ],
    });
  };
}

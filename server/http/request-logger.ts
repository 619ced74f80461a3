// One log line per request: id, method, path, status, duration and client address. The id comes from a proxy's
// X-Request-Id when it looks like one (so a request can be followed across hops) and is echoed back in the response.
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { PROBE_PATHS } from './health-routes.ts';

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

const pathOf = (req: Request) => (req.originalUrl || req.url).split('?')[0] ?? '';

const summary = (req: Request, res: Response) =>
  `${req.method} ${pathOf(req)} ${res.headersSent ? res.statusCode : 'aborted'}`;

export function requestLogger(logger: Logger): RequestHandler {
  const middleware = pinoHttp<Request, Response>({
    logger,
    genReqId: (req, res) => {
      const id = requestIdOf(req.headers['x-request-id']);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Orchestrator probes every few seconds would drown the log; they are logged at debug level.
    customLogLevel: (req, res, err) => {
      // A 503 from /ready is an answer, not a failure: the readiness monitor logs the change once, at warn.
      if (PROBE_PATHS.includes(pathOf(req))) return 'debug';
      if (err || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return 'info';
    },
    customSuccessMessage: summary,
    customErrorMessage: summary,
    // req.ip honours TRUST_PROXY, so behind a proxy this is the client, not the proxy.
    customProps: (req) => ({ clientIp: req.ip }),
    // No headers (cookies, authorization) and no query string (it can hold a whole GraphQL document).
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customAttributeKeys: { responseTime: 'durationMs' },
  });
  return (req, res, next) => middleware(req, res, next);
}

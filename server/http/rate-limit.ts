// A per-client request budget. The client is req.ip, so behind a proxy TRUST_PROXY must be set, or every
// client shares the proxy's budget. Probes are exempt: an orchestrator must always be able to ask.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { PROBE_PATHS } from './health-routes.ts';

/** Null when the limit is off (0). */
export function rateLimitPerClient(perMinute: number): RequestHandler | null {
  if (perMinute <= 0) return null;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (req) => PROBE_PATHS.includes(req.path),
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: 'Too many requests; slow down and retry after the time in Retry-After.',
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}

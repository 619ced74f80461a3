// CORS for /graphql: an allow-list of exact origins, of any length. An allowed origin is echoed back; any other
// origin, `null` included (sandboxed iframes, data: URLs), gets no Access-Control-Allow-Origin at all, so the browser
// refuses the response. Yoga's own CORS answered a foreign origin with `Access-Control-Allow-Origin: null` when two
// origins were configured, which a page with `Origin: null` passed.
import type { RequestHandler } from 'express';

const ALLOWED_HEADERS = 'content-type, accept, x-request-id';

export function corsAllowList(origins: readonly string[]): RequestHandler {
  // `null` is never an origin one can allow (config.ts refuses it too): many unrelated pages share it.
  const allowed = new Set(origins.filter((o) => o !== 'null'));
  return (req, res, next) => {
    res.vary('Origin');
    const origin = req.get('origin');
    const ok = origin !== undefined && allowed.has(origin);
    if (ok) res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method !== 'OPTIONS') {
      next();
      return;
    }
    // A preflight: answered here, with the CORS grant only for an allowed origin.
    if (ok) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.status(204).end();
  };
}

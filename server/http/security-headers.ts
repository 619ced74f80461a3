// Security headers (helmet). The app's own pages get a strict same-origin policy; GraphiQL (GET /graphql), an
// inlined page with hashed inline scripts and blob: workers, gets a policy of its own on that path only.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      // Off: it would send a plain-http install (a LAN, a laptop) to https:// for every asset and break it.
      directives: { 'upgrade-insecure-requests': null },
    },
    // SAMEORIGIN: the app may frame itself; embed routes widen this for themselves (frame-ancestors).
    frameguard: { action: 'sameorigin' },
    // No includeSubDomains: the app may live on one host of a domain it does not control.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  });
}

/** GraphiQL's own policy (GET /graphql): the directives come with the page, which names no host but this one. */
export function graphiqlSecurityHeaders(directives: Record<string, string[] | null>): RequestHandler {
  return helmet.contentSecurityPolicy({ useDefaults: true, directives });
}

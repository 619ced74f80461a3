// Security headers (helmet). The app's own pages get a strict same-origin policy; GraphiQL, which yoga serves on
// GET /graphql from the unpkg CDN with inline scripts and blob: workers, gets a policy of its own on that path only.
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

const GRAPHIQL_CDN = 'https://unpkg.com';

export function graphiqlSecurityHeaders(): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: true,
    directives: {
      'upgrade-insecure-requests': null,
      'script-src': ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
      'style-src': ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
      'font-src': ["'self'", 'data:', GRAPHIQL_CDN],
      'img-src': ["'self'", 'data:', 'https://raw.githubusercontent.com'],
      'connect-src': ["'self'", GRAPHIQL_CDN],
      'worker-src': ["'self'", 'blob:'],
    },
  });
}

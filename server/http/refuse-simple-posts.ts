// CSRF prevention for /graphql: a POST must say it is JSON (or a GraphQL document). The content types an HTML form
// or a no-preflight fetch can send cross-site (application/x-www-form-urlencoded, multipart/form-data, text/plain,
// or none) are refused before yoga sees them, with a coded JSON error, so a foreign page cannot make a visitor's
// browser run a query without a CORS preflight.
import type { RequestHandler } from 'express';

const ACCEPTED = /^application\/(json|graphql)\s*(;|$)/i;

export function refuseSimplePosts(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || ACCEPTED.test(req.get('content-type') ?? '')) {
      next();
      return;
    }
    res.status(415).json({
      errors: [
        {
          message: 'POST /graphql takes a JSON body: send Content-Type: application/json.',
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
        },
      ],
    });
  };
}

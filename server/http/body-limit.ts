// Request body size limits. Every route refuses a declared Content-Length over the limit before reading it;
// the GraphQL endpoint also buffers its body through a counting parser, which catches chunked bodies too.
import express, { type RequestHandler } from 'express';

export function declaredBodyLimit(limitBytes: number): RequestHandler {
  return (req, _res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limitBytes)
      next(Object.assign(new Error('request body too large'), { status: 413, type: 'entity.too.large' }));
    else next();
  };
}

/**
 * Reads the whole body (any content type) into a Buffer, failing with 413 past the limit. graphql-yoga uses a
 * Buffer in req.body as the request body as it is, so it still parses JSON, GraphQL and form bodies itself.
 */
export function bufferedBody(limitBytes: number): RequestHandler {
  return express.raw({ type: () => true, limit: limitBytes });
}

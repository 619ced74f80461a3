// Framing policy: embed routes may be framed by the configured origins (CSP frame-ancestors, no
// X-Frame-Options); every other response stays same-origin framed. The headers are settled just before
// they are sent, so the result does not depend on whether helmet or any other header middleware runs
// before or after this one.
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

export interface EmbedHeaderOptions {
  /** A validated source list (see frame-ancestors.ts), e.g. "*" or "https://news.example.org". */
  frameAncestors: string;
  /** Paths a report may frame; defaults to the embed page and the static SVG. */
  isEmbeddable?: (path: string) => boolean;
}

export const isEmbedPath = (path: string): boolean =>
  path === '/embed' || path.startsWith('/embed/') || path === '/export/timeline.svg';

/** Replaces (or adds) the frame-ancestors directive, keeping every other directive of an existing policy. */
export function withFrameAncestors(policy: string | null, sources: string): string {
  const directives = (policy ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !/^frame-ancestors(\s|$)/i.test(d));
  return [...directives, `frame-ancestors ${sources}`].join('; ');
}

function headerText(res: ServerResponse, name: string): string | null {
  const v = res.getHeader(name);
  if (v === undefined) return null;
  return Array.isArray(v) ? v.join('; ') : String(v);
}

/** Runs `fix` once, right before the status line and headers go out. */
function beforeHeaders(res: ServerResponse, fix: () => void): void {
  const writeHead = res.writeHead;
  let done = false;
  res.writeHead = function patched(this: ServerResponse, ...args: unknown[]) {
    if (!done) {
      done = true;
      fix();
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
}

export function embedHeaders({ frameAncestors, isEmbeddable = isEmbedPath }: EmbedHeaderOptions): RequestHandler {
  return (req, res, next) => {
    if (isEmbeddable(req.path)) {
      beforeHeaders(res, () => {
        res.removeHeader('X-Frame-Options');
        res.setHeader(
          'Content-Security-Policy',
          withFrameAncestors(headerText(res, 'Content-Security-Policy'), frameAncestors),
        );
      });
    } else {
      beforeHeaders(res, () => {
        if (!res.hasHeader('X-Frame-Options')) res.setHeader('X-Frame-Options', 'SAMEORIGIN');
      });
    }
    next();
  };
}

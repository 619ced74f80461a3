// GraphiQL from our own origin: @graphql-yoga/render-graphiql inlines the whole IDE (scripts, styles, Monaco's
// workers as blobs), so the page needs no network but its own /graphql. Rendered once at start, so its inline
// script can be allowed by hash instead of 'unsafe-inline', and the CSP below names no other host.
import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export interface GraphiQLPage {
  html: string;
  /** Content-Security-Policy directives for this page alone (helmet's shape). */
  directives: Record<string, string[] | null>;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every inline <script> body of the page, hashed as the browser hashes it. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? ''));
}

export function buildGraphiQLPage(options: { endpoint: string; title: string; defaultQuery: string }): GraphiQLPage {
  const html = renderGraphiQL({ ...options, title: options.title });
  return {
    html,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'", ...inlineScriptHashes(html)],
      // Monaco and React set style attributes at run time; inline styles cannot load anything from elsewhere.
      'style-src': ["'self'", "'unsafe-inline'"],
      'font-src': ["'self'", 'data:'],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      // The editor's language workers are built from blobs of the page's own script.
      'worker-src': ["'self'", 'blob:'],
      'upgrade-insecure-requests': null,
    },
  };
}

export const DEFAULT_GRAPHIQL_QUERY = `# What happened in February 2025? Press the ▶ button (or Ctrl+Enter).
{
  events(from: "2025-02-01", to: "2025-02-28") {
    edges { node { title date { edtf label precision } participants { role actor { name } } } }
  }
}
`;

// The local review page's server: serves one draft document, validates edits as they are made, and saves the
// reviewed document. Listens on 127.0.0.1 only and is separate from the public, read-only server.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { ArticleValidationError, type ArticleIssue } from '../../../server/article/article-validation-error.ts';
import { DEFAULT_ARTICLES_DIR } from '../../../server/article/load-articles.ts';
import { validateArticle } from '../../../server/article/validate-article.ts';
import { loadGraphIndex } from '../graph-index.ts';
import { documentJson, writeAtomically } from '../write-document.ts';

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));

export interface ReviewServer {
  url: string;
  close(): Promise<void>;
}

/** Every problem with `doc`; "still proposed" ones included, so the page can count what is left to review. */
function issuesOf(file: string, doc: unknown, text: string): ArticleIssue[] {
  try {
    validateArticle(file, doc, text);
    return [];
  } catch (e) {
    if (e instanceof ArticleValidationError) return e.issues;
    throw e;
  }
}

export async function buildReviewApp(file: string, graphPaths: readonly string[] = [DEFAULT_ARTICLES_DIR]) {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { source?: { textFile?: string } };
  const textFile = raw.source?.textFile;
  if (typeof textFile !== 'string')
    throw new Error(`${file}: source.textFile is missing; is this an article document?`);
  const text = readFileSync(path.resolve(path.dirname(file), textFile), 'utf8');
  const graph = await loadGraphIndex(graphPaths);
  const app = express();
  app.disable('x-powered-by');
  // Only this machine's pages may talk to it: a page elsewhere cannot send JSON here without a preflight, and
  // a DNS-rebound host name is refused.
  app.use((req, res, next) => {
    const host = req.headers.host ?? '';
    if (!/^(?:127\.0\.0\.1|localhost)(?::\d+)?$/.test(host)) return res.status(403).send('local use only');
    if (req.method === 'POST' && !req.is('application/json')) return res.status(415).send('JSON only');
    next();
  });
  app.use(express.json({ limit: '20mb' }));
  app.get('/api/document', (_req, res) => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    res.json({ file, text, doc, issues: issuesOf(file, doc, text), knownActors: graph.actors });
  });
  app.post('/api/validate', (req, res) => {
    res.json({ issues: issuesOf(file, req.body, text) });
  });
  app.post('/api/save', (req, res) => {
    const issues = issuesOf(file, req.body, text);
    // Work in progress may be saved with items still proposed, never with anything else wrong.
    const blocking = issues.filter((i) => !i.path.endsWith('.review'));
    if (blocking.length > 0) return res.status(422).json({ saved: false, issues });
    writeAtomically(file, documentJson(req.body));
    res.json({ saved: true, issues, loadable: issues.length === 0 });
  });
  app.use(express.static(PUBLIC, { index: 'review.html' }));
  return app;
}

export async function startReviewServer(
  file: string,
  port = 4100,
  graphPaths?: readonly string[],
): Promise<ReviewServer> {
  const app = await buildReviewApp(file, graphPaths);
  const server = app.listen(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

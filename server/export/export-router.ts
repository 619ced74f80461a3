// GET /export/* : the timeline and network in formats other tools read, with the GraphQL filters as
// query parameters. Mount with app.use('/export', createExportRouter(...)).
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { GraphStore } from '../store/store.ts';
import { sendExportError } from './export-errors.ts';
import { readLaneBy } from '../input/export-options.ts';
import { readNetworkFilters, readSvgOptions, readTimelineFilters, type QueryParams } from '../input/export-query.ts';
import { loadNetworkData } from './network-data.ts';
import { toGraphml } from './network-graphml.ts';
import { toNetworkJson } from './network-json.ts';
import { loadTimelineData } from '../documents/timeline-data.ts';
import { toTimelineCsv } from './timeline-csv.ts';
import { toTimelineJS } from '../documents/timelinejs.ts';
import { renderTimelineSvg } from './timeline-svg.ts';
import type { GraphVersionCache } from '../http/graph-version-cache.ts';
import {
  cacheControl,
  DEFAULT_CACHE_POLICY,
  ifNoneMatchHas,
  normalisedSearch,
  strongEtag,
  type CachePolicy,
} from '../http/cache-validators.ts';

export interface ExportRouterOptions {
  store: GraphStore;
  logger: Logger;
  /** Origins allowed to fetch exports from a browser script; the same allow-list as GraphQL. */
  corsOrigins?: readonly string[];
  /** When given, answers carry an ETag from the graph version and conditional requests get 304 (docs/caching.md). */
  versions?: GraphVersionCache;
  cachePolicy?: CachePolicy;
}

interface Output {
  type: string;
  body: string;
  /** attachment: a download; inline: shown or embedded where it is linked. */
  disposition: 'attachment' | 'inline';
  filename: string;
  headers?: Record<string, string>;
}

type Produce = (query: QueryParams) => Promise<Output>;

export function createExportRouter({
  store,
  logger,
  corsOrigins = [],
  versions,
  cachePolicy = DEFAULT_CACHE_POLICY,
}: ExportRouterOptions): Router {
  const router = Router();
  const allowed = new Set(corsOrigins);

  /** The answer's ETag, or null when it cannot be cached (no version source, or the store cannot say). */
  const etagOf = async (req: Request): Promise<string | null> => {
    const version = versions ? await versions.currentOrNull() : null;
    const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    return version === null ? null : strongEtag(version, [req.baseUrl + req.path, normalisedSearch(search)]);
  };

  const handle = (produce: Produce) => async (req: Request, res: Response) => {
    try {
      const origin = req.get('origin');
      if (origin && allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
      res.vary('Origin');
      // Exports are meant to be used from other sites (an <img> in a report, a TimelineJS page), which a
      // same-origin resource policy would block.
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const etag = await etagOf(req);
      if (etag !== null && ifNoneMatchHas(req.get('if-none-match'), etag)) {
        // The graph has not changed since this answer was made: no store read, no rendering.
        res.setHeader('ETag', etag).setHeader('Cache-Control', cacheControl(cachePolicy)).status(304).end();
        return;
      }
      const out = await produce(req.query as QueryParams);
      if (etag === null) res.setHeader('Cache-Control', 'no-cache');
      else res.setHeader('ETag', etag).setHeader('Cache-Control', cacheControl(cachePolicy));
      res.setHeader('Content-Disposition', `${out.disposition}; filename="${out.filename}"`);
      for (const [name, value] of Object.entries(out.headers ?? {})) res.setHeader(name, value);
      res.type(out.type).send(out.body);
    } catch (e) {
      sendExportError(res, e, logger);
    }
  };

  router.get(
    '/timeline.svg',
    handle(async (q) => {
      const options = readSvgOptions(q);
      const data = await loadTimelineData(store, readTimelineFilters(q));
      return {
        type: 'image/svg+xml; charset=utf-8',
        body: renderTimelineSvg(data, options),
        disposition: 'inline',
        filename: 'timeline.svg',
        // Opened directly, an SVG is a document on this origin: it may run nothing and load nothing.
        // (embed-headers.ts adds frame-ancestors, since reports may frame it.)
        headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
      };
    }),
  );
  router.get(
    '/timelinejs.json',
    handle(async (q) => {
      const laneBy = readLaneBy(q.laneBy);
      const data = await loadTimelineData(store, readTimelineFilters(q));
      return {
        type: 'application/json; charset=utf-8',
        body: JSON.stringify(toTimelineJS(data, laneBy), null, 2),
        disposition: 'inline',
        filename: 'timelinejs.json',
      };
    }),
  );
  router.get(
    '/timeline.csv',
    handle(async (q) => {
      const data = await loadTimelineData(store, readTimelineFilters(q));
      return {
        type: 'text/csv; charset=utf-8',
        body: toTimelineCsv(data),
        disposition: 'attachment',
        filename: 'timeline.csv',
      };
    }),
  );
  router.get(
    '/network.graphml',
    handle(async (q) => {
      const data = await loadNetworkData(store, readNetworkFilters(q));
      return {
        type: 'application/graphml+xml; charset=utf-8',
        body: toGraphml(data),
        disposition: 'attachment',
        filename: 'network.graphml',
      };
    }),
  );
  router.get(
    '/network.json',
    handle(async (q) => {
      const data = await loadNetworkData(store, readNetworkFilters(q));
      return {
        type: 'application/json; charset=utf-8',
        body: JSON.stringify(toNetworkJson(data), null, 2),
        disposition: 'inline',
        filename: 'network.json',
      };
    }),
  );
  return router;
}

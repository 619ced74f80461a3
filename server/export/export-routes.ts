// Everything this feature adds to the app, as one router for app.ts's route list: the framing policy
// (embed routes framable by the configured origins, all else same-origin) and GET /export/*.
import { Router } from 'express';
import { embedHeaders } from './embed-headers.ts';
import { createExportRouter, type ExportRouterOptions } from './export-router.ts';

export interface ExportRoutesOptions extends ExportRouterOptions {
  /** EMBED_FRAME_ANCESTORS, already validated (frame-ancestors.ts); defaults to any origin. */
  frameAncestors?: string;
}

export function exportRoutes({ frameAncestors = '*', ...options }: ExportRoutesOptions): Router {
  const router = Router();
  // Router-level middleware with no path sees every request that reaches this router, including
  // /embed, which the client's static routes answer later.
  router.use(embedHeaders({ frameAncestors }));
  router.use('/export', createExportRouter(options));
  return router;
}

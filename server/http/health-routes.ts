// Liveness and readiness for orchestrators and load balancers. /health only says the process serves HTTP;
// /ready says the graph store answers, with the reason in the body when it does not.
import { Router } from 'express';
import type { ReadinessCheck } from './readiness-monitor.ts';
import { SEED_RETRY_AFTER_SECONDS } from '../store/store-errors.ts';

export const PROBE_PATHS: readonly string[] = ['/health', '/ready'];

export function healthRoutes(readiness: ReadinessCheck): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const state = await readiness.check();
    res.set('Cache-Control', 'no-store');
    if (state.ready)
      res.json(state.warnings?.length ? { status: 'ready', warnings: state.warnings } : { status: 'ready' });
    else {
      // A first seed takes minutes: say when to look again rather than have probes hammer it.
      if (state.code === 'SEED_IN_PROGRESS') res.set('Retry-After', String(SEED_RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'not ready', code: state.code, reason: state.reason });
    }
  });
  return router;
}

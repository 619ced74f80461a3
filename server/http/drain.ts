// Connection draining for graceful shutdown: once started, every response says Connection: close, including
// those of requests already in flight, so keep-alive clients stop queueing requests on a server that is stopping.
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

export class Drain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;

  get active(): boolean {
    return this.draining;
  }

  readonly middleware: RequestHandler = (_req, res, next) => {
    if (this.draining) {
      res.setHeader('Connection', 'close');
    } else {
      this.inFlight.add(res);
      res.once('close', () => this.inFlight.delete(res));
    }
    next();
  };

  start(): void {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
  }
}

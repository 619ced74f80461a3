// Stops an HTTP server without dropping accepted requests: stop accepting, let in-flight requests finish,
// close each connection as it goes idle, and cut whatever is left when the deadline passes.
import type { Server } from 'node:http';
import type { Drain } from './drain.ts';

export type CloseOutcome = 'graceful' | 'forced';

export function closeServer(server: Server, options: { deadlineMs: number; drain?: Drain }): Promise<CloseOutcome> {
  options.drain?.start();
  return new Promise((resolve) => {
    let outcome: CloseOutcome = 'graceful';
    // Node closes idle keep-alive sockets once on close(); a socket whose request finishes later goes idle after that.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      outcome = 'forced';
      server.closeAllConnections();
    }, options.deadlineMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(outcome);
    });
    server.closeIdleConnections();
  });
}

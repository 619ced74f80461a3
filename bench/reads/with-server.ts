// The app on a free local port for the length of one measurement, closed after it whatever happens.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { buildApp } from '../../server/app.ts';
import type { GraphStore } from '../../server/store/store.ts';

/** Runs `use` with the server's origin (http://127.0.0.1:port). */
export async function withServer<T>(store: GraphStore, use: (origin: string) => Promise<T>): Promise<T> {
  const app = buildApp({ store, logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

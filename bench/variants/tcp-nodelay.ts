// Bench-only experiment that found a fix: turn off Nagle's algorithm on every TCP socket this process opens.
// neo4j-driver 5 wrote a Bolt message in 1,400-byte chunks and never called setNoDelay, so any message larger than
// one chunk (a page of ids, an article's rows) waited for the server's delayed ACK, about 40 ms on Linux.
// neo4j-driver 6, which the project now uses, sets it itself: kept to reproduce the before/after on driver 5.
import net from 'node:net';

let enabled = false;

export function enableTcpNoDelay(): void {
  if (enabled) return;
  enabled = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    this.once('connect', () => this.setNoDelay(true));
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
}

/** The experiments `--variant` can switch on, by name. */
export const VARIANTS: Record<string, () => void> = { nodelay: enableTcpNoDelay };

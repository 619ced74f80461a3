/**
 * Real Neo4j 5.26 for tests, without Docker.
 *
 * Runs the official `org.neo4j.test:neo4j-harness` (community edition, in-process in a small Java
 * launcher, see ./launcher) with Bolt on 127.0.0.1:<port>. Requires `java` (17+) and `mvn` on PATH;
 * Maven is only used the first time (or after the launcher changes) to resolve the harness classpath.
 *
 *   const neo = await startNeo4j({ port: 7699, dataDir: '/tmp/x' });
 *   // ... neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', 'anything'))
 *   const again = await restartNeo4j(neo);        // same port + data dir, data survives
 *   await again.stop();
 *
 * Auth is disabled on the server; drivers may still send any basic-auth credentials.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_TIMEOUT_MS, launcherCommand, neo4jAvailability } from './launcher-build.ts';
import { PORT_WAIT_MS, resolvePort, waitForPortFree } from './ports.ts';

// Callers that start a server on a port of their own choosing find it here, with the server.
export { findFreePort } from './ports.ts';

const READY_PREFIX = 'NEO4J_READY ';
const STOP_GRACE_MS = 60_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface StartNeo4jOptions {
  /** Bolt port on 127.0.0.1. Default: env NEO4J_TEST_PORT, else 7699. 0 = any free port. */
  port?: number;
  /**
   * Base directory; the store lives in `<dataDir>/data` and survives stop/start with the same dir.
   * Default: a fresh temp dir that is deleted when the server is stopped.
   */
  dataDir?: string;
  /** How long to wait for the launcher build + Neo4j start. Default 180 s. */
  timeoutMs?: number;
}

export interface Neo4jServer {
  /** `bolt://127.0.0.1:<port>` */
  uri: string;
  pid: number;
  port: number;
  dataDir: string;
  /** Graceful shutdown (SIGTERM, waits for exit; SIGKILL after 60 s). Idempotent. */
  stop(): Promise<void>;
  /** Crash simulation: SIGKILL, waits for exit. The store is recovered on the next start. Idempotent. */
  kill(): Promise<void>;
  /** Resolves when the process has exited (for whatever reason). */
  readonly exited: Promise<number | null>;
}

/** Parses `NEO4J_READY bolt://127.0.0.1:7699` → the URI, or undefined. */
export function parseReadyLine(line: string): string | undefined {
  const trimmed = line.trim();
  return trimmed.startsWith(READY_PREFIX) ? trimmed.slice(READY_PREFIX.length).trim() : undefined;
}

interface InternalStartOptions extends StartNeo4jOptions {
  /** Delete dataDir when this server is stopped (set for auto-created temp dirs). */
  ownsDataDir?: boolean;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort if a test run dies without calling stop(): stdin EOF also stops the launcher.
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

export async function startNeo4j(opts: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  const o: InternalStartOptions = opts;
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const port = resolvePort(o.port);
  const avail = neo4jAvailability();
  if (!avail.ok) throw new Error(`cannot start Neo4j: ${avail.reason}`);
  let dataDir: string;
  let ownsDataDir: boolean;
  if (o.dataDir !== undefined) {
    dataDir = path.resolve(o.dataDir);
    ownsDataDir = o.ownsDataDir ?? false;
    mkdirSync(dataDir, { recursive: true });
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kg-neo4j-'));
    ownsDataDir = true;
  }

  try {
    const argv = await launcherCommand(port, dataDir, [], Math.max(1, deadline - Date.now()));
    // Neo4j only binds Bolt ~5 s into its start-up, so fail fast (with a clear message) on a busy port.
    if (port !== 0) await waitForPortFree(port, Math.min(deadline, Date.now() + PORT_WAIT_MS));
    // The port can still be grabbed in between: retry a bind failure once.
    for (let attempt = 1; ; attempt++) {
      try {
        return await spawnAndWait(argv, port, dataDir, ownsDataDir, deadline);
      } catch (err) {
        const bindFailure = err instanceof StartError && err.bindFailure;
        if (!bindFailure || attempt >= 2 || Date.now() + 1000 > deadline) throw err;
        await waitForPortFree(port, Math.min(deadline, Date.now() + PORT_WAIT_MS));
      }
    }
  } catch (err) {
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

class StartError extends Error {
  constructor(
    message: string,
    readonly bindFailure: boolean,
  ) {
    super(message);
    this.name = 'StartError';
  }
}

function spawnAndWait(
  argv: readonly string[],
  port: number,
  dataDir: string,
  ownsDataDir: boolean,
  deadline: number,
): Promise<Neo4jServer> {
  installExitHook();
  const child = spawn('java', argv, { stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  const tail: string[] = [];
  const verbose = process.env['NEO4J_TEST_VERBOSE'] === '1';
  const remember = (line: string): void => {
    tail.push(line);
    if (tail.length > 60) tail.shift();
    if (verbose) process.stderr.write(`[neo4j:${String(child.pid)}] ${line}\n`);
  };
  createInterface({ input: child.stderr }).on('line', remember);

  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code, signal) => {
      live.delete(child);
      resolve(code ?? (signal !== null ? -1 : null));
    });
  });

  return new Promise<Neo4jServer>((resolve, reject) => {
    let settled = false;
    const fail = (msg: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      const text = tail.join('\n');
      const bind = /BIND_FAILED|Address already in use|BindException/i.test(text);
      reject(new StartError(`${msg}\n--- launcher stderr (tail) ---\n${text}`, bind));
    };
    const timer = setTimeout(
      () => fail(`Neo4j did not become ready on port ${String(port)} in time`),
      Math.max(1, deadline - Date.now()),
    );
    child.on('error', (err) => fail(`failed to spawn java: ${err.message}`));
    child.on('exit', (code, signal) =>
      // 'exit' can fire before the last stderr lines are read; give readline a tick.
      setTimeout(() => fail(`Neo4j launcher exited before ready (code ${String(code)}, signal ${String(signal)})`), 50),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      const uri = parseReadyLine(line);
      if (uri === undefined) {
        remember(line);
        return;
      }
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.pid === undefined) {
        reject(new Error('java has no pid'));
        return;
      }
      resolve(makeHandle(child, child.pid, uri, port, dataDir, ownsDataDir, exited));
    });
  });
}

interface HandleInternals {
  ownsDataDir: boolean;
  setKeepData(keep: boolean): void;
}
const internals = new WeakMap<Neo4jServer, HandleInternals>();

function makeHandle(
  child: ChildProcess,
  pid: number,
  uri: string,
  requestedPort: number,
  dataDir: string,
  ownsDataDir: boolean,
  exited: Promise<number | null>,
): Neo4jServer {
  // Let a test process exit even if someone forgets stop(); stdin EOF then stops the JVM.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) {
    (s as unknown as { unref?: () => void } | null)?.unref?.();
  }

  let keepData = !ownsDataDir;
  let stopping: Promise<void> | undefined;
  const actualPort = Number(new URL(uri).port) || requestedPort;

  const terminate = (signal: NodeJS.Signals): Promise<void> => {
    stopping ??= (async () => {
      child.ref();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(killer);
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  const server: Neo4jServer = {
    uri,
    pid,
    port: actualPort,
    dataDir,
    exited,
    stop: () => terminate('SIGTERM'),
    kill: () => terminate('SIGKILL'),
  };
  internals.set(server, {
    ownsDataDir,
    setKeepData: (keep) => {
      keepData = keep || !ownsDataDir;
    },
  });
  return server;
}

/**
 * Stops a server started by startNeo4j. With `{ crash: true }` it is SIGKILLed instead (store recovery on
 * the next start). With `{ keepData: true }` an auto-created temp data dir is kept (for a later restart).
 */
export async function stopNeo4j(
  server: Neo4jServer,
  opts: { crash?: boolean; keepData?: boolean } = {},
): Promise<void> {
  if (opts.keepData === true) internals.get(server)?.setKeepData(true);
  await (opts.crash === true ? server.kill() : server.stop());
}

/**
 * Stops `server` (gracefully, or SIGKILL with `{ crash: true }`) and starts a new one on the SAME port with
 * the SAME data dir, so data persists. The new handle takes over ownership of an auto-created temp dir
 * (deleted when it is stopped). `downMs` keeps Neo4j down that long before restarting.
 */
export async function restartNeo4j(
  server: Neo4jServer,
  opts: { crash?: boolean; downMs?: number; timeoutMs?: number } = {},
): Promise<Neo4jServer> {
  const ownsDataDir = internals.get(server)?.ownsDataDir ?? false;
  await stopNeo4j(server, { keepData: true, crash: opts.crash === true });
  if (opts.downMs !== undefined && opts.downMs > 0) await sleep(opts.downMs);
  const next: InternalStartOptions = {
    port: server.port,
    dataDir: server.dataDir,
    ownsDataDir,
  };
  if (opts.timeoutMs !== undefined) next.timeoutMs = opts.timeoutMs;
  return startNeo4j(next);
}

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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const LAUNCHER_DIR = path.join(HERE, 'launcher');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const SOURCE = path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'kgtimeline', 'Neo4jLauncher.java');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const LOCK_DIR = path.join(TARGET, '.build-lock');
const MAIN_CLASS = 'kgtimeline.Neo4jLauncher';
const READY_PREFIX = 'NEO4J_READY ';

export const DEFAULT_PORT = 7699;
const DEFAULT_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 60_000;

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

export type Neo4jAvailability = { ok: true } | { ok: false; reason: string };

/** Sync check that `java` (17+) and, unless the launcher is already built, `mvn` and `javac` can be run. */
export function neo4jAvailability(): Neo4jAvailability {
  const java = spawnSync('java', ['-version'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (java.error || java.status !== 0) {
    return {
      ok: false,
      reason: `java not available (${java.error?.message ?? `exit ${String(java.status)}`}); need a JDK 17+ on PATH`,
    };
  }
  const m = /version "(\d+)/.exec(`${java.stderr}${java.stdout}`);
  if (m?.[1] !== undefined && Number(m[1]) < 17) {
    return {
      ok: false,
      reason: `java ${m[1]} found on PATH; Neo4j 5.26 needs Java 17+`,
    };
  }
  if (!isBuilt()) {
    // Maven and javac are only needed to (re)build the launcher; skip the ~1 s `mvn -v` when it is built.
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8', timeout: 60_000 });
    if (mvn.error || mvn.status !== 0) {
      return {
        ok: false,
        reason: `mvn not available (${mvn.error?.message ?? `exit ${String(mvn.status)}`}); needed once to fetch org.neo4j.test:neo4j-harness`,
      };
    }
    const javac = spawnSync('javac', ['-version'], { encoding: 'utf8', timeout: 30_000 });
    if (javac.error || javac.status !== 0) {
      return {
        ok: false,
        reason: `javac not available (${javac.error?.message ?? `exit ${String(javac.status)}`}); need a full JDK 17+, not just a JRE`,
      };
    }
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Launcher build, cached in launcher/target under a key = hash(pom.xml + Neo4jLauncher.java):
//   target/classes-<key>/      compiled launcher
//   target/classpath-<key>.txt output of `mvn dependency:build-classpath`
// Both are created under temp names and renamed into place, and never modified afterwards, so other
// processes starting Neo4j concurrently never see a half-built launcher. Warm path: one hash plus a
// few hundred stat() calls, no Maven.
// ---------------------------------------------------------------------------------------------

interface BuildPaths {
  key: string;
  classesDir: string;
  classpathFile: string;
}

function buildPaths(): BuildPaths {
  const key = createHash('sha256')
    .update(readFileSync(POM))
    .update('\0')
    .update(readFileSync(SOURCE))
    .digest('hex')
    .slice(0, 16);
  return {
    key,
    classesDir: path.join(TARGET, `classes-${key}`),
    classpathFile: path.join(TARGET, `classpath-${key}.txt`),
  };
}

/** The full java classpath if the launcher is built and all its jars still exist, else undefined. */
function builtClasspath(p: BuildPaths): string | undefined {
  try {
    if (!existsSync(path.join(p.classesDir, 'kgtimeline', 'Neo4jLauncher.class'))) return undefined;
    const cp = readFileSync(p.classpathFile, 'utf8').trim();
    if (cp === '') return undefined;
    // The local Maven repository may have been wiped since the classpath was written.
    if (!cp.split(path.delimiter).every((jar) => existsSync(jar))) return undefined;
    return `${p.classesDir}${path.delimiter}${cp}`;
  } catch {
    return undefined;
  }
}

function isBuilt(): boolean {
  try {
    return builtClasspath(buildPaths()) !== undefined;
  } catch {
    return false;
  }
}

interface RunResult {
  code: number | null;
  output: string;
}

function run(cmd: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (b: Buffer): void => {
      output += b.toString('utf8');
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => resolve({ code: -1, output: `${output}\n${err.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function withBuildLock<T>(deadline: number, fn: () => Promise<T>): Promise<T> {
  mkdirSync(TARGET, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // Someone else is building; a lock older than 10 min is stale.
      try {
        if (Date.now() - statSync(LOCK_DIR).mtimeMs > 600_000) rmSync(LOCK_DIR, { recursive: true, force: true });
      } catch {
        /* raced with its removal */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for launcher build lock ${LOCK_DIR}`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

let buildPromise: Promise<string> | undefined;

/** Builds the launcher if needed (Maven + javac, ~5 s with a warm ~/.m2) and returns the java classpath. */
export function ensureLauncherBuilt(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
  buildPromise ??= buildLauncher(Date.now() + timeoutMs).finally(() => {
    buildPromise = undefined;
  });
  return buildPromise;
}

async function buildLauncher(deadline: number): Promise<string> {
  const p = buildPaths();
  const cached = builtClasspath(p);
  if (cached !== undefined) return cached;

  return withBuildLock(deadline, async () => {
    const again = builtClasspath(p); // built by whoever held the lock
    if (again !== undefined) return again;

    const tmpCp = path.join(TARGET, `classpath-${p.key}.${String(process.pid)}.tmp`);
    const tmpClasses = path.join(TARGET, `classes-${p.key}.${String(process.pid)}.tmp`);
    try {
      const mvnArgs = [
        '-q',
        '-B',
        '-f',
        POM,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${tmpCp}`,
        '-Dmdep.includeScope=runtime',
      ];
      // Offline first (everything is usually in ~/.m2 already), then online.
      let res = await run('mvn', ['-o', ...mvnArgs], LAUNCHER_DIR);
      if (res.code !== 0 || !existsSync(tmpCp)) res = await run('mvn', mvnArgs, LAUNCHER_DIR);
      if (res.code !== 0 || !existsSync(tmpCp)) {
        throw new Error(
          `building the Neo4j launcher classpath failed (mvn exit ${String(res.code)}):\n${res.output.slice(-4000)}`,
        );
      }
      const cp = readFileSync(tmpCp, 'utf8').trim();
      rmSync(tmpClasses, { recursive: true, force: true });
      const javac = await run(
        'javac',
        ['--release', '17', '-encoding', 'UTF-8', '-nowarn', '-d', tmpClasses, '-cp', cp, SOURCE],
        LAUNCHER_DIR,
      );
      if (javac.code !== 0) {
        throw new Error(
          `compiling the Neo4j launcher failed (javac exit ${String(javac.code)}):\n${javac.output.slice(-4000)}`,
        );
      }
      rmSync(p.classesDir, { recursive: true, force: true }); // only a broken leftover can be here
      renameSync(tmpClasses, p.classesDir);
      renameSync(tmpCp, p.classpathFile);
      return `${p.classesDir}${path.delimiter}${cp}`;
    } finally {
      rmSync(tmpCp, { force: true });
      rmSync(tmpClasses, { recursive: true, force: true });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Process control
// ---------------------------------------------------------------------------------------------

/**
 * JVM flags: small heap (tests run alongside on a 2-core box), serial GC (lowest RSS, fastest start here),
 * C1-only JIT (start-up needs ~35% less CPU and ~40 MB less RSS; steady-state Cypher is a bit slower, set
 * env NEO4J_TEST_JIT=full for benchmarks), and the --add-opens Neo4j's own start script passes (page cache
 * and native file-descriptor access). Heap: env NEO4J_TEST_HEAP (default 512m).
 */
export function jvmArgs(): string[] {
  const heap = process.env['NEO4J_TEST_HEAP'] ?? '512m';
  const fullJit = process.env['NEO4J_TEST_JIT'] === 'full';
  return [
    '-Xms64m',
    `-Xmx${heap}`,
    '-XX:+UseSerialGC',
    ...(fullJit ? [] : ['-XX:TieredStopAtLevel=1']),
    '-XX:+ExitOnOutOfMemoryError',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}

/** Full `java` argv for the launcher (used by the detached CLI too). */
export async function launcherCommand(
  port: number,
  dataDir: string,
  extra: readonly string[] = [],
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<string[]> {
  const cp = await ensureLauncherBuilt(timeoutMs);
  return [...jvmArgs(), '-cp', cp, MAIN_CLASS, '--port', String(port), '--dir', dataDir, ...extra];
}

export function resolvePort(port: number | undefined): number {
  if (port !== undefined) return port;
  const env = process.env['NEO4J_TEST_PORT'];
  if (env !== undefined && env.trim() !== '') {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`invalid NEO4J_TEST_PORT=${env}`);
    return n;
  }
  return DEFAULT_PORT;
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

const PORT_WAIT_MS = 10_000;

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

export async function waitForPortFree(port: number, until: number): Promise<void> {
  for (;;) {
    if (await canListen(port)) return;
    if (Date.now() >= until) {
      throw new Error(
        `cannot start Neo4j: port 127.0.0.1:${String(port)} is already in use (another Neo4j still running?)`,
      );
    }
    await sleep(200);
  }
}

/** A currently free TCP port on 127.0.0.1 (there is an unavoidable small race until it is bound). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
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

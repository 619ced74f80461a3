// The Java launcher that runs Neo4j for tests (./launcher): whether this machine can run it, building it once
// (cached by the hash of its sources), and the `java` command that starts it. neo4j-server.ts runs that command.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const LAUNCHER_DIR = path.join(HERE, 'launcher');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const SOURCE = path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'kgtimeline', 'Neo4jLauncher.java');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const LOCK_DIR = path.join(TARGET, '.build-lock');
const MAIN_CLASS = 'kgtimeline.Neo4jLauncher';
/** How long the launcher build plus Neo4j's start may take, by default. */
export const DEFAULT_TIMEOUT_MS = 180_000;

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

/**
 * JVM flags. Tests: small heap (tests run alongside on a 2-core box), serial GC (lowest RSS, fastest start here),
 * C1-only JIT (start-up needs ~35% less CPU and ~40 MB less RSS; steady-state Cypher is a bit slower, set
 * env NEO4J_TEST_JIT=full for benchmarks). Heap: env NEO4J_TEST_HEAP (default 512m). With NEO4J_TEST_JVM=server
 * (the benchmark) the GC settings are those of Neo4j's own server start (its default neo4j.conf: G1, the heap's
 * initial size equal to its maximum, as Neo4j's operations manual advises), so a seed's figures are not a test
 * JVM's: with 64 MB to start and serial GC the 30k seed ran 21 full collections (docs/benchmarks.md). Always: the
 * --add-opens Neo4j's own start script passes (page cache and native file-descriptor access).
 */
export function jvmArgs(): string[] {
  const heap = process.env['NEO4J_TEST_HEAP'] ?? '512m';
  const fullJit = process.env['NEO4J_TEST_JIT'] === 'full';
  const server = process.env['NEO4J_TEST_JVM'] === 'server';
  return [
    ...(server
      ? [`-Xms${heap}`, `-Xmx${heap}`, '-XX:+UseG1GC', '-XX:+AlwaysPreTouch', '-XX:+DisableExplicitGC']
      : ['-Xms64m', `-Xmx${heap}`, '-XX:+UseSerialGC']),
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

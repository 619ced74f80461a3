/**
 * Background Neo4j 5.26 for local dev / CI scripts.
 *
 *   npx tsx test/neo4j/cli.ts start [--port N] [--fresh]   # prints bolt://127.0.0.1:N once ready
 *   npx tsx test/neo4j/cli.ts status                        # exit 0 if running, 3 if not
 *   npx tsx test/neo4j/cli.ts stop
 *
 * State: .neo4j-test/state.json (pid, uri), log: .neo4j-test/neo4j.log (Neo4j's debug.log in
 * .neo4j-test/logs), store: .neo4j-test/data (kept across stop/start; `--fresh` wipes it). Port: --port, else env NEO4J_TEST_PORT, else 7699.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launcherCommand, neo4jAvailability } from './launcher-build.ts';
import { parseReadyLine } from './neo4j-server.ts';
import { resolvePort, waitForPortFree } from './ports.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const STATE_DIR = path.join(REPO_ROOT, '.neo4j-test');
const STATE_FILE = path.join(STATE_DIR, 'state.json');
const LOG_FILE = path.join(STATE_DIR, 'neo4j.log');
/** The launcher's base dir is .neo4j-test itself: store in data/, Neo4j debug logs in logs/, scratch in run/. */
const DATA_DIR = path.join(STATE_DIR, 'data');
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

interface State {
  pid: number;
  uri: string;
  port: number;
  dataDir: string;
  logFile: string;
  startedAt: string;
}

function isState(v: unknown): v is State {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r['pid'] === 'number' && typeof r['uri'] === 'string' && typeof r['port'] === 'number';
}

function readState(): State | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
    return isState(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** True if pid is alive AND is our launcher (guards against pid reuse). */
function isOurLauncher(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8').includes('kgtimeline.Neo4jLauncher');
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function readFrom(file: string, offset: number): string {
  try {
    const buf = readFileSync(file);
    return buf.subarray(Math.min(offset, buf.length)).toString('utf8');
  } catch {
    return '';
  }
}

async function start(args: string[]): Promise<number> {
  const existing = readState();
  if (existing && isOurLauncher(existing.pid)) {
    console.log(existing.uri);
    console.error(`neo4j already running (pid ${String(existing.pid)})`);
    return 0;
  }
  const avail = neo4jAvailability();
  if (!avail.ok) {
    console.error(`cannot start Neo4j: ${avail.reason}`);
    return 1;
  }
  const portIdx = args.indexOf('--port');
  const portArg = portIdx >= 0 ? args[portIdx + 1] : undefined;
  const port = resolvePort(portArg !== undefined ? Number(portArg) : undefined);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`invalid port ${String(portArg)}`);
    return 2;
  }
  mkdirSync(STATE_DIR, { recursive: true });
  if (args.includes('--fresh')) rmSync(DATA_DIR, { recursive: true, force: true });

  const argv = await launcherCommand(port, STATE_DIR, ['--no-stdin-watch'], READY_TIMEOUT_MS);
  await waitForPortFree(port, Date.now() + 10_000);

  const offset = existsSync(LOG_FILE) ? statSync(LOG_FILE).size : 0;
  const fd = openSync(LOG_FILE, 'a');
  writeFileSync(fd, `\n==== ${new Date().toISOString()} start port ${String(port)}\n`);
  const child = spawn('java', argv, {
    detached: true,
    stdio: ['ignore', fd, fd],
    cwd: REPO_ROOT,
  });
  closeSync(fd);
  const pid = child.pid;
  child.unref();
  if (pid === undefined) {
    console.error('failed to spawn java');
    return 1;
  }
  let exitCode: number | null | undefined;
  child.on('exit', (code) => {
    exitCode = code;
  });

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const text = readFrom(LOG_FILE, offset);
    for (const line of text.split('\n')) {
      const uri = parseReadyLine(line);
      if (uri !== undefined) {
        const state: State = {
          pid,
          uri,
          port,
          dataDir: DATA_DIR,
          logFile: LOG_FILE,
          startedAt: new Date().toISOString(),
        };
        writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
        console.log(uri);
        return 0;
      }
    }
    if (exitCode !== undefined) {
      console.error(`neo4j exited before ready (code ${String(exitCode)}); see ${LOG_FILE}:\n${text.slice(-3000)}`);
      return 1;
    }
    await sleep(200);
  }
  console.error(
    `neo4j not ready after ${String(READY_TIMEOUT_MS / 1000)} s; killing pid ${String(pid)}; see ${LOG_FILE}`,
  );
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  return 1;
}

async function stop(): Promise<number> {
  const state = readState();
  if (!state) {
    console.log('neo4j not running (no state file)');
    return 0;
  }
  if (isOurLauncher(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isOurLauncher(state.pid) && Date.now() < deadline) await sleep(100);
    if (isOurLauncher(state.pid)) {
      console.error(`pid ${String(state.pid)} did not stop in ${String(STOP_TIMEOUT_MS / 1000)} s; SIGKILL`);
      process.kill(state.pid, 'SIGKILL');
      while (isOurLauncher(state.pid)) await sleep(100);
    }
    console.log(`neo4j stopped (pid ${String(state.pid)})`);
  } else {
    console.log('neo4j not running (stale state file removed)');
  }
  rmSync(STATE_FILE, { force: true });
  return 0;
}

function status(): number {
  const state = readState();
  if (state && isOurLauncher(state.pid)) {
    console.log(`running ${state.uri} pid ${String(state.pid)} data ${state.dataDir} log ${state.logFile}`);
    return 0;
  }
  console.log(state ? `stopped (stale state: pid ${String(state.pid)} is gone)` : 'stopped');
  return 3;
}

async function main(): Promise<number> {
  const [cmd, ...rest] = process.argv.slice(2);
  switch (cmd) {
    case 'start':
      return start(rest);
    case 'stop':
      return stop();
    case 'status':
      return status();
    default:
      console.error('usage: tsx test/neo4j/cli.ts start [--port N] [--fresh] | stop | status');
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);

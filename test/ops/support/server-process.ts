// Runs server/index.ts as a real child process (as in production: tsx, env config, signals) on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote so far (stdout then stderr interleaved as it came). */
  output(): string;
  /** Parsed JSON log lines so far. */
  logs(): Array<Record<string, unknown>>;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** Stops it if it still runs (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/** `root`: the checkout whose server/index.ts runs (a bench compares this one with another, e.g. main's). */
export function runServerCommand(
  env: Record<string, string>,
  root = ROOT,
): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | string>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    // Only what the test gives, plus what node needs: no stray NEO4J_* or PORT from the outer environment.
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (b: Buffer) => (text += b.toString('utf8')));
  child.stderr?.on('data', (b: Buffer) => (text += b.toString('utf8')));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return { child, output: () => text, exited };
}

export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
  root = ROOT,
): Promise<ServerProcess> {
  const { child, output, exited } = runServerCommand({ HOST: '127.0.0.1', PORT: '0', ...env }, root);
  const logs = () =>
    output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output()}`)),
      timeoutMs,
    );
    const look = () => {
      const listening = logs().find((l) => typeof l.msg === 'string' && l.msg.includes('listening'));
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening.port));
      }
    };
    child.stdout?.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output()}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output,
    logs,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killer);
    },
  };
}

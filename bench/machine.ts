// The machine a run happened on, and how busy it was meanwhile (other work skews every figure).
import os from 'node:os';
import { round } from './stats.ts';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** 1-minute load average: at start, at end, and the mean and max of samples taken every 5 s. */
  load: { start: number; end: number; mean: number; max: number };
}

export function watchMachine(): { peek(): MachineInfo; stop(): MachineInfo } {
  const start = os.loadavg()[0] ?? 0;
  const samples: number[] = [start];
  const timer = setInterval(() => samples.push(os.loadavg()[0] ?? 0), 5_000);
  timer.unref();
  const info = (): MachineInfo => {
    const end = os.loadavg()[0] ?? 0;
    return {
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      load: {
        start: round(start),
        end: round(end),
        mean: round(samples.reduce((s, x) => s + x, 0) / samples.length),
        max: round(Math.max(end, ...samples)),
      },
    };
  };
  return {
    peek: info,
    stop() {
      clearInterval(timer);
      samples.push(os.loadavg()[0] ?? 0);
      return info();
    },
  };
}

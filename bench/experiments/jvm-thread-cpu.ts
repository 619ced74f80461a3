// CPU seconds of a JVM (the bench's Neo4j) by what its threads do: the JIT compilers, the garbage collector (the VM
// thread under the test launcher's serial GC), Bolt's workers (queries and commits), Bolt's network threads (decoding
// parameters) and index population. Why: on a fresh Neo4j much of a seed's CPU is the JVM warming up, not the rows
// (docs/benchmarks.md, "Neo4j's own cost of a first seed"). Read from /proc: a thread that ended between two
// readings is missed, which the pools these groups name do not do. Names are /proc's, cut to 15 characters.
import { readdirSync, readFileSync } from 'node:fs';

const GROUPS: ReadonlyArray<[string, RegExp]> = [
  ['JIT compilers', /^C[12] CompilerThre/],
  ['GC / VM thread', /^(VM Thread|GC Thread|G1 )/],
  ['Bolt workers', /^neo4j\.BoltWorke/],
  ['Bolt network', /^neo4j\.BoltNetwo/],
  ['index population', /^neo4j\.IndexPopu/],
];

export type ThreadCpu = Map<string, number>;

/** Each live thread's CPU seconds (user + system), by thread id and name. */
export function threadCpu(pid: number): ThreadCpu {
  const out: ThreadCpu = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(`${tid} ${name}`, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended while being read.
    }
  }
  return out;
}

/** CPU seconds spent between two readings, by group ('other' for the rest). */
export function cpuByGroup(before: ThreadCpu, after: ThreadCpu): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [key, seconds] of after) {
    const name = key.slice(key.indexOf(' ') + 1);
    const group = GROUPS.find(([, re]) => re.test(name))?.[0] ?? 'other';
    sums[group] = (sums[group] ?? 0) + seconds - (before.get(key) ?? 0);
  }
  return Object.fromEntries(Object.entries(sums).map(([g, s]) => [g, Math.round(s * 10) / 10]));
}

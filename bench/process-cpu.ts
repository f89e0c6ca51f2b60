import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ; 100 on every mainstream Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by each process of a tree, by pid. */
export type ProcessTreeCpu = ReadonlyMap<number, number>;

/**
 * CPU seconds used so far by a process and its children (a PostgreSQL postmaster and its backends),
 * read from /proc. Undefined where there is no /proc or the process is gone.
 */
export function processTreeCpu(rootPid: number): ProcessTreeCpu | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const cpu = new Map<number, number>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (!stat) continue;
    if (Number(entry) === rootPid || stat.ppid === rootPid) cpu.set(Number(entry), (stat.utime + stat.stime) / TICKS_PER_SECOND);
  }
  return cpu.size ? cpu : undefined;
}

/**
 * CPU seconds the tree used between two snapshots. A process that started in between counts from zero;
 * one that exited in between (a closed connection) is left out rather than subtracted.
 */
export function cpuSecondsBetween(before: ProcessTreeCpu, after: ProcessTreeCpu): number {
  let seconds = 0;
  for (const [pid, used] of after) seconds += used - (before.get(pid) ?? 0);
  return seconds;
}

function readStat(pid: string): { ppid: number; utime: number; stime: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: split after its closing one.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields from 3 on: state(3) ppid(4) ... utime(14) stime(15).
    return { ppid: Number(fields[1]), utime: Number(fields[11]), stime: Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** The whole machine's busy and total CPU time (all cores) so far, from /proc/stat. */
export function hostCpuSeconds(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    // user nice system idle iowait irq softirq steal (guest time is already included in user).
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    return { busy: busy / TICKS_PER_SECOND, total: (busy + idle + iowait) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

// CPU seconds used by process trees (from /proc), to say what bounds answers/s during a load run.
import { readFileSync } from 'node:fs';

/** Linux clock ticks per second for /proc times (USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

/** The pids of `pid` and all its descendants that are alive now. */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      const children = readFileSync(`/proc/${tree[i]}/task/${tree[i]}/children`, 'utf8').trim();
      if (children) tree.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone meanwhile
    }
  }
  return tree;
}

/** utime + stime + cutime + cstime of one process in seconds (0 when it is gone): its own and its reaped children's. */
function processSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may contain spaces), from field 3 on; utime is field 14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by the trees rooted at `pids` (children that exited and were reaped included). */
export function treeCpuSeconds(pids: readonly number[]): number {
  return pids.flatMap(processTree).reduce((sum, pid) => sum + processSeconds(pid), 0);
}

/** CPU seconds the whole machine has been busy (all cores, every process) since boot, from /proc/stat. */
export function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const values = ticks.map(Number);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return (values.slice(0, 8).reduce((sum, v) => sum + v, 0) - idle) / TICKS_PER_SECOND;
}

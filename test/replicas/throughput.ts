// Answers/s through a balancer with the CPU each part of the cluster used meanwhile.
import { availableParallelism } from 'node:os';
import type { Nginx } from './cluster.js';
import type { Cluster } from './context.js';
import { machineBusySeconds, treeCpuSeconds } from './cpu-time.js';
import { measureAnswers, type Throughput } from './load.js';

/** Seconds of each answers/s run and connections of the load generator. */
const LOAD_SECONDS = 5;
const LOAD_CONNECTIONS = 8;

/** Answers/s through nginx, with the CPU each part used meanwhile (percent of one core). */
export interface Measured extends Throughput {
  cpu: Record<string, number>;
}

/** Runs measureAnswers through `balancer` and samples the CPU time of the replicas, PostgreSQL, nginx and this load generator. */
export async function measureThroughput(c: Cluster, balancer: Nginx, block: number): Promise<Measured> {
  const groups: Record<string, () => number> = {
    replicas: () => treeCpuSeconds(c.replicas.filter((r) => r.alive()).map((r) => r.child.pid!)),
    PostgreSQL: () => treeCpuSeconds([c.postgres.pid]),
    nginx: () => treeCpuSeconds([balancer.pid]),
    'load generator': () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1e6;
    },
  };
  const before = Object.fromEntries(Object.entries(groups).map(([name, read]) => [name, read()]));
  const machineBefore = machineBusySeconds();
  const started = Date.now();
  const result = await measureAnswers(balancer.url, c.questions, block, LOAD_CONNECTIONS, LOAD_SECONDS);
  const wall = (Date.now() - started) / 1000;
  const cpu = Object.fromEntries(Object.entries(groups).map(([name, read]) => [name, Math.round(((read() - before[name]!) / wall) * 100)]));
  const ours = Object.values(cpu).reduce((sum, pct) => sum + pct, 0);
  cpu['other processes'] = Math.max(0, Math.round(((machineBusySeconds() - machineBefore) / wall) * 100) - ours);
  return { ...result, cpu };
}

/** The runs of one configuration together: answers and seconds summed, CPU shares averaged. */
export function combine(runs: Measured[]): Measured {
  const sum = (read: (m: Measured) => number) => runs.reduce((total, m) => total + read(m), 0);
  const answers = sum((m) => m.answers);
  const seconds = sum((m) => m.seconds);
  const cpu = Object.fromEntries(Object.keys(runs[0]!.cpu).map((name) => [name, Math.round(sum((m) => m.cpu[name]!) / runs.length)]));
  return { connections: runs[0]!.connections, seconds, answers, perSecond: answers / seconds, non2xx: sum((m) => m.non2xx), errors: sum((m) => m.errors), cpu };
}

/** One line: answers/s, counts and the CPU shares. */
export function formatThroughput(t: Measured): string {
  const cpu = Object.entries(t.cpu).map(([name, pct]) => `${name} ${pct}%`).join(', ');
  return (
    `${t.perSecond.toFixed(1)} answers/s (${t.answers} in ${t.seconds} s, ${t.connections} connections, ${t.non2xx} non-2xx, ${t.errors} errors); ` +
    `CPU of one core: ${cpu} (of ${availableParallelism() * 100}%)`
  );
}

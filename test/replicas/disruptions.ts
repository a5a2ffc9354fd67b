// Disruptions under load: feedback writers and askers through nginx while a replica is restarted or killed.
import { stopReplica } from './cluster.js';
import { json, postFeedback, storedMarkers, type Cluster } from './context.js';
import { clientIp, loop, type Outcome } from './load.js';

/** Resolves after `ms`. */
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** What the writers and askers saw while a replica was disrupted. */
export interface Disruption {
  acknowledged: number;
  /** Feedback POSTs answered with anything but 201. */
  notAcknowledged: number;
  stored: number;
  lost: number;
  /** When the disruption happened, in ms since the load started. */
  at: number;
  asksAfter: number;
  asksFailedAfter: number;
  /** Questions that failed in the last second of the load. */
  asksFailedAtEnd: number;
  /** The statuses of the requests that failed (0: no response), e.g. "feedback 502×3, ask 503×1". */
  failures: string;
}

/** "feedback 502×3, ask 503×1" for the outcomes that were not `ok`. */
function failureStatuses(groups: Record<string, { outcomes: Outcome[]; ok: number }>): string {
  const parts: string[] = [];
  for (const [name, { outcomes, ok }] of Object.entries(groups)) {
    const counts = new Map<number, number>();
    for (const o of outcomes) if (o.status !== ok) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
    for (const [status, count] of counts) parts.push(`${name} ${status}×${count}`);
  }
  return parts.join(', ') || 'none';
}

/** Four feedback writers and two askers through nginx while `disrupt` runs (it resolves with when it struck). */
export async function underLoad(c: Cluster, name: string, block: number, disrupt: (started: number) => Promise<number>): Promise<Disruption> {
  const prefix = `${name} ${Date.now()} `;
  const started = Date.now();
  let at = 0;
  const stop = disrupt(started).then((t) => {
    at = t;
  });
  const [writes, asks] = await Promise.all([
    loop(4, stop, async (n) => ({ status: await postFeedback(c.nginx.url, `${prefix}${n}`, clientIp(block, n)), marker: `${prefix}${n}` })),
    loop(2, stop, async (n) => {
      const res = await fetch(`${c.nginx.url}/api/ask`, json({ question: c.questions[n % c.questions.length] }, clientIp(block + 1, n)));
      await res.arrayBuffer();
      return { status: res.status, marker: '' };
    }),
  ]);
  const end = Date.now() - started;
  const acknowledged = writes.filter((w) => w.status === 201).map((w) => w.marker);
  const stored = await storedMarkers(c.db, prefix);
  const after = asks.filter((a) => a.at > at);
  return {
    acknowledged: acknowledged.length,
    notAcknowledged: writes.length - acknowledged.length,
    stored: stored.size,
    lost: acknowledged.filter((m) => !stored.has(m)).length,
    at,
    asksAfter: after.length,
    asksFailedAfter: after.filter((a) => a.status !== 200).length,
    asksFailedAtEnd: after.filter((a) => a.at > end - 1000 && a.status !== 200).length,
    failures: failureStatuses({ feedback: { outcomes: writes, ok: 201 }, ask: { outcomes: asks, ok: 200 } }),
  };
}

/** Replica a is killed with SIGKILL 2 s into the load, which runs 4 s more. */
export function killA(c: Cluster): (started: number) => Promise<number> {
  return async (started) => {
    await sleep(2000);
    c.replicas[0].child.kill('SIGKILL');
    const at = Date.now() - started;
    await sleep(4000);
    return at;
  };
}

/**
 * Replica b gets SIGTERM 1.5 s into the load, drains and exits, starts again on its port; the load runs 3 s more,
 * past nginx's fail_timeout (2 s), so that nginx counts b as up again before the next check.
 */
export function restartB(c: Cluster): (started: number) => Promise<number> {
  return async (started) => {
    await sleep(1500);
    const at = Date.now() - started;
    await stopReplica(c.replicas[1]);
    c.replicas[1] = await c.restartB();
    await sleep(3000);
    return at;
  };
}

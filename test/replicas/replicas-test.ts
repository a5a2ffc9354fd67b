// The multi-replica test (scripts/replicas-test.sh runs it as root): PostgreSQL, two replicas with one DATABASE_URL
// and one index build, nginx with deploy/nginx.conf, a fake Slack — all on loopback — then the checks, a report of
// answers/s through the balancer with two replicas and with one, and teardown. Exit 0 when no check failed.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadEvalSet } from '../../src/eval/eval-set.js';
import { ROOT } from '../../src/config.js';
import { SHARE_ANSWER } from '../../src/slack/action-ids.js';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../slack/fake-slack-api.js';
import { buildIndexOnce, startNginx, startPostgres, startReplica, stopReplica, type Nginx, type Postgres, type Replica } from './cluster.js';
import { machineBusySeconds, treeCpuSeconds } from './cpu-time.js';
import { clientIp, loop, measureAnswers, type Outcome, type Throughput } from './load.js';
import { SLACK_SECRET, sendButtonClick, sendSlashCommand } from './slack-requests.js';

/** Requests per minute per client address on every replica (the shared-limit check sends twice as many). */
const RATE_LIMIT = 20;
/** Seconds of each answers/s run; runs alternate between two replicas and one, ROUNDS times, so noise hits both alike. */
const LOAD_SECONDS = 5;
const ROUNDS = 3;
const LOAD_CONNECTIONS = 8;

/** What one check found. */
interface CheckResult {
  name: string;
  outcome: 'pass' | 'fail';
  detail: string;
}

/** The running cluster the checks use. */
interface Cluster {
  db: pg.Pool;
  postgres: Postgres;
  /** Replica a and replica b (replaced when it is restarted). */
  replicas: [Replica, Replica];
  /** Starts replica b again on its port (after it stopped). */
  restartB: () => Promise<Replica>;
  nginx: Nginx;
  slack: FakeSlack;
  questions: string[];
}

const QUESTION = '第44号决议对学术成员会费怎么说？';

function fail(message: string): never {
  throw new Error(message);
}

function json(body: unknown, ip: string): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify(body) };
}

/** POSTs one feedback entry with `marker` as its comment; 201 is an acknowledged write. */
async function postFeedback(base: string, marker: string, ip: string): Promise<number> {
  const res = await fetch(`${base}/api/feedback`, json({ rating: 'up', comment: marker, question: QUESTION, answer: '见第44号决议[1]' }, ip));
  await res.arrayBuffer();
  return res.status;
}

/** Markers of the feedback rows whose comment starts with `prefix`. */
async function storedMarkers(db: pg.Pool, prefix: string): Promise<Set<string>> {
  const { rows } = await db.query<{ comment: string }>('SELECT comment FROM feedback WHERE comment LIKE $1', [`${prefix}%`]);
  return new Set(rows.map((r) => r.comment));
}

async function checkStateInPostgres(c: Cluster): Promise<string> {
  for (const replica of c.replicas) {
    const status = (await (await fetch(`${replica.url}/healthz`)).json()) as { database?: string };
    if (status.database !== 'postgres') fail(`replica ${replica.name}'s /healthz names database ${JSON.stringify(status.database)}, not postgres`);
  }
  const { rows } = await c.db.query<{ version: number }>('SELECT MAX(version)::int AS version FROM schema_migrations');
  return `both replicas report database postgres; schema_migrations at version ${rows[0]?.version}`;
}

async function checkBalancer(c: Cluster): Promise<string> {
  const health = await fetch(`${c.nginx.url}/healthz`);
  if (health.status !== 200) fail(`GET /healthz through nginx: ${health.status} ${await health.text()}`);
  const res = await fetch(`${c.nginx.url}/api/ask`, json({ question: QUESTION }, '192.0.2.1'));
  const body = (await res.json()) as { answer?: string; citations?: unknown[] };
  if (res.status !== 200 || !body.answer || !body.citations?.length) fail(`POST /api/ask through nginx: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  const stream = await fetch(`${c.nginx.url}/api/ask`, { ...json({ question: QUESTION }, '192.0.2.1'), headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-forwarded-for': '192.0.2.1' } });
  const events = await stream.text();
  if (!stream.headers.get('content-type')?.startsWith('text/event-stream') || !/event: done/.test(events)) {
    fail(`streamed /api/ask through nginx: ${stream.status} ${stream.headers.get('content-type')} ${events.slice(0, 200)}`);
  }
  return `healthz 200, /api/ask answered with ${body.citations.length} citations, the event stream ends with done`;
}

async function checkFeedbackInOneTable(c: Cluster): Promise<string> {
  const prefix = `one-table ${Date.now()} `;
  const targets = [...c.replicas.map((r) => r.url), c.nginx.url, c.nginx.url];
  const statuses = await Promise.all(targets.map((url, i) => postFeedback(url, `${prefix}${i}`, `192.0.2.${10 + i}`)));
  if (statuses.some((s) => s !== 201)) fail(`feedback POSTs answered ${statuses.join(', ')}`);
  const stored = await storedMarkers(c.db, prefix);
  if (stored.size !== targets.length) fail(`${stored.size} of ${targets.length} entries in the feedback table`);
  return `${targets.length} entries (one through each replica, two through nginx) are ${stored.size} rows of one feedback table`;
}

async function checkPermalinkAcrossReplicas(c: Cluster): Promise<string> {
  const [a, b] = c.replicas;
  const asked = (await (await fetch(`${a.url}/api/ask`, json({ question: QUESTION }, '192.0.2.30'))).json()) as { id?: string; answer: string };
  if (!asked.id) fail('POST /api/ask returned no answer id');
  const res = await fetch(`${b.url}/api/answers/${encodeURIComponent(asked.id)}`);
  const stored = (await res.json()) as { answer?: string };
  if (res.status !== 200 || stored.answer !== asked.answer) fail(`GET /api/answers/${asked.id} on replica b: ${res.status}`);
  return `answer ${asked.id} stored by replica a is served by replica b`;
}

async function checkSlackShareOnOtherReplica(c: Cluster): Promise<string> {
  const [a, b] = c.replicas;
  const atUrl = (url: string) => (call: RecordedCall) => call.method === 'response_url' && `${c.slack.url}${call.path}` === url;
  const answerUrl = c.slack.responseUrl();
  const ack = await sendSlashCommand(a.url, '/wtsa', QUESTION, answerUrl);
  if (ack.status !== 200) fail(`/wtsa on replica a: ${ack.status}`);
  const [answer] = await c.slack.waitFor(atUrl(answerUrl));
  const blocks = (answer!.body.blocks ?? []) as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  const value = blocks.flatMap((block) => block.elements ?? []).find((e) => e.action_id === SHARE_ANSWER)?.value;
  if (!value) fail(`the /wtsa answer has no ${SHARE_ANSWER} button: ${JSON.stringify(answer!.body).slice(0, 300)}`);
  const shareUrl = c.slack.responseUrl();
  const click = await sendButtonClick(b.url, SHARE_ANSWER, value, shareUrl, 'U7');
  if (click.status !== 200) fail(`share click on replica b: ${click.status}`);
  const [shared] = await c.slack.waitFor(atUrl(shareUrl));
  const text = JSON.stringify(shared!.body);
  if (shared!.body.response_type !== 'in_channel' || !text.includes('<@U7>')) fail(`replica b's reply to the share click: ${text.slice(0, 300)}`);
  return `answered on replica a, shared in the channel from a click on replica b`;
}

async function checkSharedRateLimit(c: Cluster): Promise<string> {
  const ip = '198.51.100.77';
  const statuses: number[] = [];
  for (let i = 0; i < 2 * RATE_LIMIT; i++) {
    const res = await fetch(`${c.replicas[i % 2]!.url}/api/docs`, { headers: { 'x-forwarded-for': ip } });
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  const ok = statuses.filter((s) => s === 200).length;
  const limited = statuses.filter((s) => s === 429).length;
  if (ok !== RATE_LIMIT || limited !== RATE_LIMIT) fail(`${ok} answered and ${limited} limited of ${statuses.length} alternating requests; expected ${RATE_LIMIT} and ${RATE_LIMIT}`);
  return `${2 * RATE_LIMIT} requests from one client alternating between the replicas: ${ok} answered, ${limited} got 429 (limit ${RATE_LIMIT}/min)`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** What the writers and askers saw while a replica was disrupted. */
interface Disruption {
  acknowledged: number;
  /** Feedback POSTs answered otherwise (in flight on the replica that went away: nginx does not re-send a POST). */
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
async function underLoad(c: Cluster, name: string, block: number, disrupt: (started: number) => Promise<number>): Promise<Disruption> {
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
function killA(c: Cluster): (started: number) => Promise<number> {
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
function restartB(c: Cluster): (started: number) => Promise<number> {
  return async (started) => {
    await sleep(1500);
    const at = Date.now() - started;
    await stopReplica(c.replicas[1]);
    c.replicas[1] = await c.restartB();
    await sleep(3000);
    return at;
  };
}

/** Runs one check, turning a thrown error into a failure. */
async function check(name: string, c: Cluster, body: (c: Cluster) => Promise<string>): Promise<CheckResult> {
  try {
    return { name, outcome: 'pass', detail: await body(c) };
  } catch (err) {
    return { name, outcome: 'fail', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** Answers/s through nginx, with the CPU each part used meanwhile (percent of one core). */
interface Measured extends Throughput {
  cpu: Record<string, number>;
}

/** Runs measureAnswers through `balancer` and samples the CPU time of the replicas, PostgreSQL, nginx and this load generator. */
async function measureThroughput(c: Cluster, balancer: Nginx, block: number): Promise<Measured> {
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
function combine(runs: Measured[]): Measured {
  const sum = (read: (m: Measured) => number) => runs.reduce((total, m) => total + read(m), 0);
  const answers = sum((m) => m.answers);
  const seconds = sum((m) => m.seconds);
  const cpu = Object.fromEntries(Object.keys(runs[0]!.cpu).map((name) => [name, Math.round(sum((m) => m.cpu[name]!) / runs.length)]));
  return { connections: runs[0]!.connections, seconds, answers, perSecond: answers / seconds, non2xx: sum((m) => m.non2xx), errors: sum((m) => m.errors), cpu };
}

function formatThroughput(t: Measured): string {
  const cpu = Object.entries(t.cpu).map(([name, pct]) => `${name} ${pct}%`).join(', ');
  return (
    `${t.perSecond.toFixed(1)} answers/s (${t.answers} in ${t.seconds} s, ${t.connections} connections, ${t.non2xx} non-2xx, ${t.errors} errors); ` +
    `CPU of one core: ${cpu} (of ${availableParallelism() * 100}%)`
  );
}

async function main(work: string): Promise<number> {
  const results: CheckResult[] = [];
  const stops: (() => Promise<void> | void)[] = [];
  const report = (r: CheckResult) => {
    results.push(r);
    process.stdout.write(`[replicas] ${r.outcome.toUpperCase().padEnd(4)} ${r.name}: ${r.detail}\n`);
  };
  try {
    process.stdout.write(`[replicas] work directory ${work}\n`);
    const questions = (await loadEvalSet(join(ROOT, 'evals/known-answers.json'))).filter((i) => i.answerable && !i.history?.length).map((i) => i.question).slice(0, 40);
    const indexDirs = [join(work, 'index-a'), join(work, 'index-b')] as const;
    buildIndexOnce([...indexDirs]);
    const postgres: Postgres = await startPostgres(join(work, 'pg'));
    stops.push(() => postgres.stop());
    process.stdout.write(`[replicas] PostgreSQL on 127.0.0.1:${postgres.port}\n`);
    const slack = await startFakeSlack();
    stops.push(() => slack.close());
    const env = (indexDir: string) => ({
      DATABASE_URL: postgres.url,
      INDEX_DIR: indexDir,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      TRUST_PROXY: 'loopback',
      LOG_LEVEL: 'warn',
      ANSWER_CACHE_SIZE: '0',
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-replicas-test',
      SLACK_BOT_ID: 'B0BOT',
      SLACK_BOT_USER_ID: 'U0BOT',
      SLACK_API_URL: `${slack.url}/api/`,
    });
    // One at a time: both load the model and the index, and on 2 cores that is faster in turn.
    const a = await startReplica('a', join(work, 'replica-a'), env(indexDirs[0]));
    stops.push(() => stopReplica(a));
    const b = await startReplica('b', join(work, 'replica-b'), env(indexDirs[1]));
    const replicas: [Replica, Replica] = [a, b];
    stops.push(() => stopReplica(replicas[1])); // b, or b started again
    process.stdout.write(`[replicas] replicas on ${a.url} and ${b.url}\n`);
    const nginx = await startNginx(join(work, 'nginx'), [a.port, b.port]);
    stops.push(() => nginx.stop());
    // The same deploy/nginx.conf with both upstream lines on replica b: the one-replica configuration to compare with.
    const nginxOne = await startNginx(join(work, 'nginx-one'), [b.port, b.port]);
    stops.push(() => nginxOne.stop());
    process.stdout.write(`[replicas] nginx on ${nginx.url} (both replicas) and ${nginxOne.url} (replica b alone)\n`);

    const db = new pg.Pool({ connectionString: postgres.url, max: 2 });
    stops.push(() => db.end());
    const restartReplicaB = () => startReplica('b', join(work, 'replica-b'), env(indexDirs[1]), b.port);
    const c: Cluster = { db, postgres, replicas, restartB: restartReplicaB, nginx, slack, questions };

    report(await check('the replicas keep their state in PostgreSQL', c, checkStateInPostgres));
    report(await check('nginx in front of both replicas', c, checkBalancer));
    report(await check('feedback through both replicas in one table', c, checkFeedbackInOneTable));
    report(await check('a permalink stored by one replica opens on the other', c, checkPermalinkAcrossReplicas));
    report(await check('Slack share button clicked on the other replica', c, checkSlackShareOnOtherReplica));
    report(await check('rate limit shared by the replicas', c, checkSharedRateLimit));

    const runs: { two: Measured[]; one: Measured[] } = { two: [], one: [] };
    for (let round = 0; round < ROUNDS; round++) {
      runs.two.push(await measureThroughput(c, nginx, 3 + 2 * round));
      runs.one.push(await measureThroughput(c, nginxOne, 4 + 2 * round));
    }
    const [two, one] = [combine(runs.two), combine(runs.one)];
    for (const [name, t] of [['two replicas', two], ['one replica', one]] as const) {
      report({ name: `answers/s through nginx, ${name}`, outcome: t.answers > 0 && t.errors === 0 && t.non2xx === 0 ? 'pass' : 'fail', detail: formatThroughput(t) });
    }

    const restart = await underLoad(c, 'restart', 9, restartB(c));
    report({
      name: 'a rolling restart (SIGTERM, drain, start again) under load',
      outcome: restart.lost === 0 && restart.failures === 'none' ? 'pass' : 'fail',
      detail:
        `replica b stopped and started again while 4 writers and 2 askers went through nginx: ${restart.asksAfter} questions after the SIGTERM, ` +
        `${restart.asksFailedAfter} not answered; ${restart.acknowledged} feedback POSTs acknowledged, ${restart.notAcknowledged} not, ` +
        `${restart.lost} acknowledged writes lost; failed requests: ${restart.failures}`,
    });

    const kill = await underLoad(c, 'kill', 1, killA(c));
    report({
      name: 'no acknowledged write lost when a replica is killed mid-load',
      outcome: kill.lost === 0 && kill.acknowledged > 0 ? 'pass' : 'fail',
      detail:
        `${kill.acknowledged} feedback POSTs acknowledged (201) through nginx while replica a was killed with SIGKILL ` +
        `(${kill.notAcknowledged} not acknowledged); ${kill.stored} rows; ${kill.lost} acknowledged writes lost; failed requests: ${kill.failures}`,
    });
    report({
      name: 'the balancer keeps answering after the kill',
      outcome: kill.asksAfter > 0 && kill.asksFailedAtEnd === 0 ? 'pass' : 'fail',
      detail: `${kill.asksAfter} questions after the kill, ${kill.asksFailedAfter} not answered (in flight on the killed replica), ${kill.asksFailedAtEnd} failed in the last second`,
    });

    writeFileSync(join(work, 'numbers.json'), JSON.stringify({ two, one, restart, kill }, null, 2));
    process.stdout.write(`[replicas] answers/s two replicas ${two.perSecond.toFixed(1)}, one replica ${one.perSecond.toFixed(1)}; acknowledged writes lost: ${kill.lost}\n`);
  } catch (err) {
    report({ name: 'cluster', outcome: 'fail', detail: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  } finally {
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch((err: unknown) => process.stderr.write(`[replicas] teardown: ${String(err)}\n`));
  }
  const failed = results.filter((r) => r.outcome === 'fail').length;
  process.stdout.write(`[replicas] ${results.length - failed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

const work = process.argv[2];
if (!work) {
  process.stderr.write('usage: tsx test/replicas/replicas-test.ts WORK_DIR   (run scripts/replicas-test.sh)\n');
  process.exit(2);
}
process.exit(await main(work));

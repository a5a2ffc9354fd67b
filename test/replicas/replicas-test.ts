// The multi-replica test (scripts/replicas-test.sh runs it as root): PostgreSQL, two replicas with one DATABASE_URL
// and one index build, nginx with deploy/nginx.conf, a fake Slack — all on loopback — then the checks, a report of
// answers/s through the balancer with two replicas and with one, and teardown. Exit 0 when no check failed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadEvalSet } from '../../src/eval/eval-set.js';
import { ROOT } from '../../src/config.js';
import { startFakeSlack } from '../slack/fake-slack-api.js';
import { check, checkBalancer, checkFeedbackInOneTable, checkPermalinkAcrossReplicas, checkSharedRateLimit, checkSlackShareOnOtherReplica, checkStateInPostgres, type CheckResult } from './checks.js';
import { buildIndexOnce, startNginx, startPostgres, startReplica, stopReplica, type Postgres, type Replica } from './cluster.js';
import { RATE_LIMIT, type Cluster } from './context.js';
import { killA, restartB, underLoad } from './disruptions.js';
import { combine, formatThroughput, measureThroughput, type Measured } from './throughput.js';
import { SLACK_SECRET } from './slack-requests.js';

/** Alternating answers/s runs against two replicas and against one, so the machine's other load hits both alike. */
const ROUNDS = 3;

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

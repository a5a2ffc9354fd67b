// The checks on a running cluster: state in PostgreSQL, nginx in front, feedback, permalinks, Slack and rate limits
// across the replicas. Each returns what it saw, or throws what went wrong.
import { SHARE_ANSWER } from '../../src/slack/action-ids.js';
import type { RecordedCall } from '../slack/fake-slack-api.js';
import { json, postFeedback, QUESTION, RATE_LIMIT, storedMarkers, type Cluster } from './context.js';
import { sendButtonClick, sendSlashCommand } from './slack-requests.js';

/** What one check found. */
export interface CheckResult {
  name: string;
  outcome: 'pass' | 'fail';
  detail: string;
}

/** Ends a check with `message` as its failure. */
function fail(message: string): never {
  throw new Error(message);
}

/** Runs one check, turning a thrown error into a failure. */
export async function check(name: string, c: Cluster, body: (c: Cluster) => Promise<string>): Promise<CheckResult> {
  try {
    return { name, outcome: 'pass', detail: await body(c) };
  } catch (err) {
    return { name, outcome: 'fail', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** Both replicas name PostgreSQL in /healthz and the schema is migrated. */
export async function checkStateInPostgres(c: Cluster): Promise<string> {
  for (const replica of c.replicas) {
    const status = (await (await fetch(`${replica.url}/healthz`)).json()) as { database?: string };
    if (status.database !== 'postgres') fail(`replica ${replica.name}'s /healthz names database ${JSON.stringify(status.database)}, not postgres`);
  }
  const { rows } = await c.db.query<{ version: number }>('SELECT MAX(version)::int AS version FROM schema_migrations');
  return `both replicas report database postgres; schema_migrations at version ${rows[0]?.version}`;
}

/** nginx answers /healthz, a question, and a question as a server-sent event stream. */
export async function checkBalancer(c: Cluster): Promise<string> {
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

/** Feedback posted to each replica and through nginx lands in one table. */
export async function checkFeedbackInOneTable(c: Cluster): Promise<string> {
  const prefix = `one-table ${Date.now()} `;
  const targets = [...c.replicas.map((r) => r.url), c.nginx.url, c.nginx.url];
  const statuses = await Promise.all(targets.map((url, i) => postFeedback(url, `${prefix}${i}`, `192.0.2.${10 + i}`)));
  if (statuses.some((s) => s !== 201)) fail(`feedback POSTs answered ${statuses.join(', ')}`);
  const stored = await storedMarkers(c.db, prefix);
  if (stored.size !== targets.length) fail(`${stored.size} of ${targets.length} entries in the feedback table`);
  return `${targets.length} entries (one through each replica, two through nginx) are ${stored.size} rows of one feedback table`;
}

/** An answer stored by replica a is served by replica b at /api/answers/:id. */
export async function checkPermalinkAcrossReplicas(c: Cluster): Promise<string> {
  const [a, b] = c.replicas;
  const asked = (await (await fetch(`${a.url}/api/ask`, json({ question: QUESTION }, '192.0.2.30'))).json()) as { id?: string; answer: string };
  if (!asked.id) fail('POST /api/ask returned no answer id');
  const res = await fetch(`${b.url}/api/answers/${encodeURIComponent(asked.id)}`);
  const stored = (await res.json()) as { answer?: string };
  if (res.status !== 200 || stored.answer !== asked.answer) fail(`GET /api/answers/${asked.id} on replica b: ${res.status}`);
  return `answer ${asked.id} stored by replica a is served by replica b`;
}

/** A /wtsa answer given by replica a is shared from a button click that lands on replica b. */
export async function checkSlackShareOnOtherReplica(c: Cluster): Promise<string> {
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

/** One client alternating between the replicas gets exactly RATE_LIMIT answers, then 429s. */
export async function checkSharedRateLimit(c: Cluster): Promise<string> {
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

// Slack events answered exactly once (retries, repeats, the same message as two events, another replica), acknowledged
// before the answer is ready; signed but malformed payloads get 400, timestamps more than 5 minutes off get 401.
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/create-app.js';
import { FEEDBACK_UP, SHARE_ANSWER } from '../../src/slack/action-ids.js';
import { ANSWER_ID_PATTERN } from '../../src/store/answer-id.js';
import { openSqliteStore, SQLITE_FILE } from '../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../src/store/types.js';
import { createFakeAssistant, type FakeAssistant } from '../api/fake-assistant.js';
import { startFakeSlack, type FakeSlack, type RecordedCall } from './fake-slack-api.js';

const SECRET = 'exactly-once-secret';
const BOT_USER = 'U0BOT';

let slack: FakeSlack;
let assistant: FakeAssistant;
/** Questions held until the test releases them (to prove the acknowledgement does not wait for the answer). */
let held: Promise<void> = Promise.resolve();
const file = join(mkdtempSync(join(tmpdir(), 'wtsa-slack-once-')), SQLITE_FILE);
/** Two replicas: two apps, each with its own connection to one database. */
const replicas: { base: string; server: Server; store: Store }[] = [];

async function startReplica(): Promise<void> {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_BOT_ID: 'B0BOT', SLACK_BOT_USER_ID: BOT_USER,
    SLACK_API_URL: `${slack.url}/api/`, LOG_LEVEL: 'silent',
  });
  const store = openSqliteStore(file);
  const server = createApp({ assistant, config, store }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  replicas.push({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, store });
}

function signed(body: string, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) };
}

function post(body: string, options: { contentType?: string; headers?: Record<string, string>; replica?: number } = {}): Promise<Response> {
  return fetch(`${replicas[options.replica ?? 0]!.base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/json', ...signed(body), ...options.headers },
    body,
  });
}

let events = 0;
/** An app_mention event callback asking `question` in a new message (its own ts), with a fresh event_id. */
function mention(question: string, overrides: { eventId?: string; ts?: string; type?: string } = {}) {
  events += 1;
  const ts = overrides.ts ?? `1800000${String(events).padStart(3, '0')}.000100`;
  const eventId = overrides.eventId ?? `Ev0${events}`;
  const body = JSON.stringify({
    token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1,
    authorizations: [{ team_id: 'T1', user_id: BOT_USER, is_bot: true }],
    event: { type: overrides.type ?? 'app_mention', channel: 'C1', user: 'U1', text: `<@${BOT_USER}> ${question}`, ts, ...(overrides.type === 'message' ? { channel_type: 'im' } : {}) },
  });
  return { body, ts, eventId };
}

const repliesIn = (ts: string) => (c: RecordedCall) => c.method === 'chat.postMessage' && c.body.thread_ts === ts && !String(c.body.text).includes('sentinel');

/** Sends a fresh mention and waits for its reply: every event delivered before it has been handled (or dropped) by then. */
async function settle(): Promise<void> {
  const { body, ts } = mention('sentinel 第44号决议责成了什么？');
  await post(body);
  await slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts);
}

beforeAll(async () => {
  slack = await startFakeSlack();
  assistant = createFakeAssistant({ hold: () => held });
  await startReplica();
  await startReplica();
});

afterAll(async () => {
  for (const r of replicas) {
    await new Promise((resolve) => r.server.close(resolve));
    await r.store.close();
  }
  await slack?.close();
});

describe('exactly once', () => {
  it('acknowledges a mention before its answer is ready, then answers in the thread', async () => {
    let release!: () => void;
    held = new Promise<void>((resolve) => (release = resolve));
    const { body, ts } = mention('第44号决议责成了什么？');
    const asked = assistant.asked.length;
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(slack.calls.filter(repliesIn(ts))).toEqual([]); // acknowledged while the answer is still held
    await expect.poll(() => assistant.asked.length).toBe(asked + 1);
    release();
    held = Promise.resolve();
    const [reply] = await slack.waitFor(repliesIn(ts));
    expect(reply!.body.text).toContain('继续实现行动计划的目标[1]');
  });

  it('drops a retry (X-Slack-Retry-Num) of an event whose first delivery was handled: one reply', async () => {
    const { body, ts } = mention('第44号决议责成了什么？');
    expect((await post(body)).status).toBe(200);
    await slack.waitFor(repliesIn(ts));
    const retry = await post(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('x-slack-no-retry')).toBe('1');
    await settle();
    expect(slack.calls.filter(repliesIn(ts))).toHaveLength(1);
  });

  it('drops a retry that arrives while the first delivery is still being answered', async () => {
    let release!: () => void;
    held = new Promise<void>((resolve) => (release = resolve));
    const { body, ts } = mention('第44号决议责成了什么？');
    const asked = assistant.asked.length;
    await post(body);
    const retry = await post(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.headers.get('x-slack-no-retry')).toBe('1');
    release();
    held = Promise.resolve();
    await settle();
    expect(slack.calls.filter(repliesIn(ts))).toHaveLength(1);
    expect(assistant.asked.length).toBe(asked + 2); // the mention and the sentinel, not the retry
  });

  it('drops the same event_id delivered twice without retry headers', async () => {
    const { body, ts } = mention('第44号决议责成了什么？');
    await post(body);
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-slack-no-retry')).toBe('1');
    await settle();
    expect(slack.calls.filter(repliesIn(ts))).toHaveLength(1);
  });

  it('answers one message once even when it comes as two events (same channel and ts, different event_ids)', async () => {
    const first = mention('第44号决议责成了什么？');
    const second = mention('第44号决议责成了什么？', { ts: first.ts });
    await post(first.body);
    expect((await post(second.body)).headers.get('x-slack-no-retry')).toBe('1');
    await settle();
    expect(slack.calls.filter(repliesIn(first.ts))).toHaveLength(1);
  });

  it('drops a retry that lands on another replica', async () => {
    const { body, ts } = mention('第44号决议责成了什么？');
    await post(body, { replica: 0 });
    const retry = await post(body, { replica: 1, headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' } });
    expect(retry.headers.get('x-slack-no-retry')).toBe('1');
    await settle();
    expect(slack.calls.filter(repliesIn(ts))).toHaveLength(1);
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const { body, ts } = mention('第44号决议责成了什么？');
    const retry = await post(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.headers.get('x-slack-no-retry')).toBeNull();
    await slack.waitFor(repliesIn(ts));
  });
});

describe('the shared answer store', () => {
  /** A click on `actionId` (value `key`) posted to a replica; the reply goes to a fresh response_url. */
  async function click(actionId: string, key: string, replica: number): Promise<RecordedCall> {
    const responseUrl = slack.responseUrl();
    const payload = {
      type: 'block_actions', api_app_id: 'A1', team: { id: 'T1' }, user: { id: 'U2' }, channel: { id: 'C1' },
      container: { type: 'message', is_ephemeral: false }, trigger_id: '1.2.3', response_url: responseUrl,
      actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value: key, action_ts: '1800000000.1' }],
    };
    const res = await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: 'application/x-www-form-urlencoded', replica });
    expect(res.status).toBe(200);
    const [reply] = await slack.waitFor((c) => c.method === 'response_url' && `${slack.url}${c.path}` === responseUrl);
    return reply!;
  }

  it('serves the buttons of an answer given by one replica on the other: share, and 👍 stored with the answer id', async () => {
    const { body, ts } = mention('第44号决议责成了什么？');
    await post(body, { replica: 0 });
    const [answer] = await slack.waitFor(repliesIn(ts));
    const buttons = (answer!.body.blocks as types.KnownBlock[]).flatMap((b) => (b.type === 'actions' ? b.elements : []));
    const key = buttons.flatMap((e) => ('action_id' in e && e.action_id === FEEDBACK_UP && 'value' in e ? [e.value!] : []))[0]!;
    expect(key).toMatch(ANSWER_ID_PATTERN);
    const shared = await click(SHARE_ANSWER, key, 1);
    expect(shared.body.response_type).toBe('in_channel');
    expect(JSON.stringify(shared.body.blocks)).toContain('继续实现行动计划的目标[1]');
    await click(FEEDBACK_UP, key, 1);
    expect((await replicas[0]!.store.feedback.list(1))[0]).toMatchObject({ rating: 'up', source: 'slack', answerId: key, question: '第44号决议责成了什么？' });
  });
});

describe('request checks', () => {
  it('refuses timestamps more than 5 minutes in the future or the past with 401, accepts small clock skew', async () => {
    const now = Math.floor(Date.now() / 1000);
    const challenge = JSON.stringify({ type: 'url_verification', challenge: 'c', token: 'legacy' });
    for (const ts of [now + 10 * 365 * 86400, now + 301, now - 301]) {
      const res = await post(challenge, { headers: signed(challenge, ts) });
      expect(res.status, `timestamp ${ts - now} s from now`).toBe(401);
    }
    for (const ts of [now + 240, now - 240]) expect((await post(challenge, { headers: signed(challenge, ts) })).status).toBe(200);
  });

  it('refuses a wrong signature or none with 401', async () => {
    const body = mention('问').body;
    expect((await post(body, { headers: { 'x-slack-signature': 'v0=00' } })).status).toBe(401);
    const unsigned = await fetch(`${replicas[0]!.base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
  });

  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const action = (payload: unknown) => form({ payload: JSON.stringify(payload) });
  const MALFORMED: [string, string, string][] = [
    ['empty JSON body', '', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[]', 'application/json'],
    ['a JSON string', '"event_callback"', 'application/json'],
    ['a JSON number', '42', 'application/json'],
    ['broken JSON', '{"type":"event_callback",', 'application/json'],
    ['an empty object', '{}', 'application/json'],
    ['an unknown type', '{"type":"nonsense"}', 'application/json'],
    ['an event callback without event', '{"type":"event_callback","event_id":"Ev1"}', 'application/json'],
    ['an event callback with event null', '{"type":"event_callback","event_id":"Ev1","event":null}', 'application/json'],
    ['an event without a type', '{"type":"event_callback","event_id":"Ev1","event":{"text":"hi"}}', 'application/json'],
    ['an event callback without event_id', '{"type":"event_callback","event":{"type":"app_mention"}}', 'application/json'],
    ['an event_id that is no string', '{"type":"event_callback","event_id":7,"event":{"type":"app_mention"}}', 'application/json'],
    ['url_verification without challenge', '{"type":"url_verification"}', 'application/json'],
    ['a form with nothing Slack sends', form({ hello: 'world' }), 'application/x-www-form-urlencoded'],
    ['a command without a slash', form({ command: 'wtsa', text: '问' }), 'application/x-www-form-urlencoded'],
    ['a payload that is no JSON', form({ payload: '{not json' }), 'application/x-www-form-urlencoded'],
    ['a payload that is null', form({ payload: 'null' }), 'application/x-www-form-urlencoded'],
    ['a payload of an unknown type', action({ type: 'nonsense' }), 'application/x-www-form-urlencoded'],
    ['block_actions with actions not a list', action({ type: 'block_actions', user: { id: 'U1' }, actions: 'x' }), 'application/x-www-form-urlencoded'],
    ['block_actions with a user that is no object', action({ type: 'block_actions', user: 'U1', actions: [] }), 'application/x-www-form-urlencoded'],
    ['block_actions with a team that is a number', action({ type: 'block_actions', team: 5, user: { id: 'U1' }, actions: [] }), 'application/x-www-form-urlencoded'],
    ['a text/plain body', 'hello', 'text/plain'],
  ];

  it.each(MALFORMED)('answers %s with 400', async (_name, body, contentType) => {
    const res = await post(body, { contentType });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('signed payloads of every shape', () => {
  /** Valid payloads of each kind the request URL receives, as objects (the form-encoded ones carry them in `payload`). */
  const bases = (): { kind: 'json' | 'payload' | 'form'; value: Record<string, unknown> }[] => [
    { kind: 'json', value: JSON.parse(mention('第44号决议责成了什么？').body) as Record<string, unknown> },
    { kind: 'json', value: { type: 'url_verification', challenge: 'c', token: 'legacy' } },
    {
      kind: 'payload',
      value: {
        type: 'block_actions', api_app_id: 'A1', team: { id: 'T1' }, user: { id: 'U2' }, channel: { id: 'C1' }, trigger_id: '1.2.3',
        container: { type: 'message', is_ephemeral: true }, response_url: slack.responseUrl(),
        actions: [{ type: 'button', action_id: FEEDBACK_UP, block_id: 'b1', value: 'AAAAAAAAAAAA', action_ts: '1800000000.1' }],
      },
    },
    { kind: 'payload', value: { type: 'view_submission', team: { id: 'T1' }, user: { id: 'U2' }, view: { id: 'V1', callback_id: 'x', state: { values: {} } } } },
    { kind: 'form', value: { token: 'legacy', team_id: 'T1', channel_id: 'C1', user_id: 'U1', command: '/mandate', text: 'SG17', api_app_id: 'A1', response_url: slack.responseUrl(), trigger_id: '1.2.3' } },
  ];

  /** `base` with the value at one path (a key of it or of one of its objects) replaced by `replacement`. */
  function mutate(base: Record<string, unknown>, pick: number, replacement: unknown): Record<string, unknown> {
    const copy = structuredClone(base);
    const slots: [Record<string, unknown>, string][] = [];
    const walk = (o: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(o)) {
        slots.push([o, k]);
        if (v && typeof v === 'object') walk(v as Record<string, unknown>);
      }
    };
    walk(copy);
    const [owner, key] = slots[pick % slots.length]!;
    if (replacement === undefined) delete owner[key];
    else owner[key] = replacement;
    return copy;
  }

  it('never answers a signed payload with a 5xx, whatever one of its fields holds', async () => {
    const { default: fc } = await import('fast-check');
    const BASES = bases();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(BASES.length - 1),
        fc.nat(),
        fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
        async (which, pick, replacement) => {
          const base = BASES[which]!;
          const value = mutate(base.value, pick, replacement);
          const body =
            base.kind === 'json'
              ? JSON.stringify(value)
              : base.kind === 'payload'
                ? new URLSearchParams({ payload: JSON.stringify(value) }).toString()
                : new URLSearchParams(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
          const res = await post(body, { contentType: base.kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' });
          await res.arrayBuffer();
          return res.status < 500;
        },
      ),
      { numRuns: 100, seed: 20261202 },
    );
  }, 300_000);
});

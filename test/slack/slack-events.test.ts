// End to end over loopback: signed Slack requests to /slack/events on the product's app, replies recorded by a fake Slack.
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { loadConfig, type Config } from '../../src/config.js';
import { createApp } from '../../src/server/create-app.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../src/store/types.js';
import { FEEDBACK_DOWN, FEEDBACK_UP, FULL_MANDATE, SHARE_ANSWER, SHARE_MANDATE, VOTE_BLOCK } from '../../src/slack/action-ids.js';
import type { FakeAssistant } from '../api/fake-assistant.js';
import { blockTexts } from './block-text.js';
import { startFakeSlack, type FakeSlack, type RecordedCall } from './fake-slack-api.js';
import { createSlackFakeAssistant } from './fixtures.js';

const SECRET = 'test-signing-secret';
const BOT_USER = 'U0BOT';

let slack: FakeSlack;
let server: Server;
let base: string;
let assistant: FakeAssistant;
let config: Config;
const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-slack-events-'));
let store: Store;

/** Starts the app (again) on a fresh port, its state (Slack answers, feedback) in SQLite under `dataDir`. */
async function startApp(): Promise<void> {
  store = openSqliteStore(join(dataDir, 'state.sqlite'));
  server = createApp({ assistant, config, store }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stopApp(): Promise<void> {
  await new Promise((resolve) => server?.close(resolve));
  await store?.close();
}

function sign(body: string, ts = Math.floor(Date.now() / 1000), secret = SECRET): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) };
}

async function post(body: string, contentType: string, headers = sign(body)): Promise<Response> {
  return fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
}

function command(name: string, text: string, responseUrl = slack.responseUrl()): string {
  return new URLSearchParams({
    token: 'legacy', team_id: 'T1', team_domain: 'itu', channel_id: 'C1', channel_name: 'wtsa', user_id: 'U1', user_name: 'li',
    command: name, text, api_app_id: 'A1', response_url: responseUrl, trigger_id: '1.2.3',
  }).toString();
}

function sendCommand(name: string, text: string, responseUrl?: string): Promise<Response> {
  return post(command(name, text, responseUrl), 'application/x-www-form-urlencoded');
}

function sendAction(actionId: string, value: string, responseUrl: string, user = 'U2', extra: Record<string, unknown> = {}): Promise<Response> {
  const payload = {
    type: 'block_actions', api_app_id: 'A1', team: { id: 'T1' }, user: { id: user }, channel: { id: 'C1' },
    container: { type: 'message', is_ephemeral: true }, trigger_id: '1.2.3', response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1800000000.1' }],
    ...extra,
  };
  return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
}

function sendEvent(event: Record<string, unknown>): Promise<Response> {
  const body = JSON.stringify({
    token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${Math.random()}`, event_time: 1,
    authorizations: [{ team_id: 'T1', user_id: BOT_USER, is_bot: true }], event: { channel: 'C1', ...event },
  });
  return post(body, 'application/json');
}

const atUrl = (url: string) => (c: RecordedCall) => c.method === 'response_url' && `${slack.url}${c.path}` === url;
const blocksOf = (c: RecordedCall) => c.body.blocks as types.KnownBlock[];
const buttonValue = (blocks: types.KnownBlock[], actionId: string): string => {
  for (const b of blocks) if (b.type === 'actions') for (const e of b.elements) if ('action_id' in e && e.action_id === actionId && 'value' in e) return e.value!;
  throw new Error(`no ${actionId} button`);
};

beforeAll(async () => {
  slack = await startFakeSlack();
  assistant = createSlackFakeAssistant();
  config = loadConfig({
    SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_BOT_ID: 'B0BOT', SLACK_BOT_USER_ID: BOT_USER,
    SLACK_API_URL: `${slack.url}/api/`, LOG_LEVEL: 'silent',
  });
  await startApp();
});

afterAll(async () => {
  await stopApp();
  await slack?.close();
});

describe('start-up', () => {
  it('calls nothing on Slack when the app is created', () => {
    expect(slack.calls).toEqual([]);
  });

  it('answers Slack\'s url_verification challenge', async () => {
    const res = await post(JSON.stringify({ type: 'url_verification', challenge: 'abc', token: 'legacy' }), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc' });
  });
});

describe('/mandate', () => {
  it('replies with the private SG17 card inside the acknowledgement', async () => {
    const res = await sendCommand('/mandate', 'SG17');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; blocks: types.KnownBlock[] };
    expect(body.response_type).toBe('ephemeral');
    const text = blockTexts(body.blocks).join('\n');
    expect(text).toContain('第17研究组 · 安全');
    expect(text).toContain('ITU-T第17研究组负责制定国际标准以增强使用电信/ICT的信心、安全性和可信度方面的研究工作');
    expect(text).toContain('来源：第2号决议 · 附件A 第1部分');
    expect(text).toContain('\u200B*课题*\u200B：12 项（A/17–L/17）');
    expect(text).toContain('\u200B*主席*\u200B：Arnaud先生 TADDEI（英国）');
    expect(buttonValue(body.blocks, SHARE_MANDATE)).toBe('17');
  });

  it('accepts the ways people name a group', async () => {
    for (const input of ['17', 'sg 17', '第17研究组', 'ＳＧ１７']) {
      const body = (await (await sendCommand('/mandate', input)).json()) as { blocks: types.KnownBlock[] };
      expect(blockTexts(body.blocks)[0], input).toBe('第17研究组 · 安全');
    }
    const tsag = (await (await sendCommand('/mandate', 'TSAG')).json()) as { blocks: types.KnownBlock[] };
    expect(blockTexts(tsag.blocks)[0]).toBe('电信标准化顾问组（TSAG）');
  });

  it('lists the valid groups privately for an unknown or missing group', async () => {
    for (const input of ['SG99', '']) {
      const body = (await (await sendCommand('/mandate', input)).json()) as { response_type: string; text: string };
      expect(body.response_type).toBe('ephemeral');
      expect(body.text).toContain('SG2、SG3、SG5');
      expect(body.text).toContain('SG17');
      expect(body.text).toContain('TSAG');
    }
    const unknown = (await (await sendCommand('/mandate', 'SG99')).json()) as { text: string };
    expect(unknown.text).toContain('没有找到研究组“SG99”');
  });

  it('shares the card in the channel from its button', async () => {
    const url = slack.responseUrl();
    expect((await sendAction(SHARE_MANDATE, '17', url, 'U7')).status).toBe(200);
    const [shared] = await slack.waitFor(atUrl(url));
    expect(shared!.body.response_type).toBe('in_channel');
    expect(shared!.body.replace_original).toBe(false);
    const text = blockTexts(blocksOf(shared!)).join('\n');
    expect(text).toContain('第17研究组 · 安全');
    expect(text).toContain('由 <@U7> 分享');
  });

  it('acknowledges every command of a burst, and answers each /wtsa through its own response_url', async () => {
    const mandates = await Promise.all(Array.from({ length: 10 }, () => sendCommand('/mandate', 'SG17')));
    for (const res of mandates) {
      expect(res.status).toBe(200);
      expect(JSON.stringify(await res.json())).toContain('第17研究组');
    }
    const urls = Array.from({ length: 10 }, () => slack.responseUrl());
    const acks = await Promise.all(urls.map((url) => sendCommand('/wtsa', '第44号决议要求电信标准化局主任做什么？', url)));
    for (const res of acks) {
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
    }
    for (const url of urls) expect((await slack.waitFor(atUrl(url)))[0]!.body.response_type).toBe('ephemeral');
  });
});

describe('/wtsa and the answer buttons', () => {
  const question = '第44号决议要求电信标准化局主任做什么？';
  let answerUrl: string;
  let answer: RecordedCall;

  it('acknowledges at once, then answers privately through response_url', async () => {
    answerUrl = slack.responseUrl();
    const res = await sendCommand('/wtsa', question, answerUrl);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    [answer] = (await slack.waitFor(atUrl(answerUrl))) as [RecordedCall];
    expect(answer.body.response_type).toBe('ephemeral');
    const text = blockTexts(blocksOf(answer)).join('\n');
    expect(text).toContain('继续实现行动计划的目标[1]');
    expect(text).toContain('\u200B*[1]*\u200B 第44号决议 · 责成电信标准化局主任与电信发展局主任和无线电通信局主任协作 · 1');
    expect(assistant.asked.at(-1)).toEqual({ question });
  });

  it('gives usage help for an empty question without asking the assistant', async () => {
    const asked = assistant.asked.length;
    const body = (await (await sendCommand('/wtsa', '  ')).json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('/wtsa &lt;问题&gt;');
    expect(body.text).not.toMatch(/<(?![@#!])/);
    expect(assistant.asked.length).toBe(asked);
  });

  it('shares the answer in the channel', async () => {
    const url = slack.responseUrl();
    await sendAction(SHARE_ANSWER, buttonValue(blocksOf(answer), SHARE_ANSWER), url);
    const [shared] = await slack.waitFor(atUrl(url));
    expect(shared!.body.response_type).toBe('in_channel');
    const text = blockTexts(blocksOf(shared!)).join('\n');
    expect(text).toContain('继续实现行动计划的目标[1]');
    expect(text).toContain('由 <@U2> 分享');
  });

  it('offers the reasons on 👎 and stores the vote with its reason, the question, answer and citations', async () => {
    const before = (await store.feedback.list(1000)).length;
    const url = slack.responseUrl();
    await sendAction(FEEDBACK_DOWN, buttonValue(blocksOf(answer), FEEDBACK_DOWN), url);
    const [reasons] = await slack.waitFor(atUrl(url));
    expect(reasons!.body.replace_original).toBe(true);
    expect((await store.feedback.list(1000)).length).toBe(before);
    const reasonUrl = slack.responseUrl();
    await sendAction('feedback_reason:wrong-citation', buttonValue(blocksOf(reasons!), 'feedback_reason:wrong-citation'), reasonUrl);
    const [recorded] = await slack.waitFor(atUrl(reasonUrl));
    expect(blockTexts(blocksOf(recorded!))).toContain('已记录你的反馈：👎 没帮助 · 引用的条款不对');
    expect((await store.feedback.list(1))[0]).toMatchObject({
      rating: 'down', reason: 'wrong-citation', source: 'slack', question,
      answer: expect.stringContaining('继续实现行动计划的目标[1]'),
      citations: [{ id: '44#5.1', doc: '44', label: '1' }, { id: '44#5.2', doc: '44', label: '2' }],
    });
  });

  it('keeps the buttons of an answer working after the server restarts', async () => {
    const key = buttonValue(blocksOf(answer), FEEDBACK_UP);
    await stopApp();
    await startApp();
    const before = (await store.feedback.list(1000)).length;
    const url = slack.responseUrl();
    await sendAction(FEEDBACK_UP, key, url);
    const [thanks] = await slack.waitFor(atUrl(url));
    expect(blockTexts(blocksOf(thanks!))).toContain('已记录你的反馈：👍 有帮助');
    expect((await store.feedback.list(1000)).length).toBe(before + 1);
    expect((await store.feedback.list(1))[0]).toMatchObject({ rating: 'up', source: 'slack', question });
  });

  it('says the answer expired for an unknown key and stores nothing', async () => {
    const before = (await store.feedback.list(1000)).length;
    const url = slack.responseUrl();
    await sendAction(FEEDBACK_DOWN, 'no-such-key', url);
    const [reply] = await slack.waitFor(atUrl(url));
    expect(reply!.body.text).toContain('过期');
    expect((await store.feedback.list(1000)).length).toBe(before);
  });
});

describe('mentions', () => {
  const isPost = (thread: string) => (c: RecordedCall) => c.method === 'chat.postMessage' && c.body.thread_ts === thread;

  it('answers in the thread of the mention, with the bot token', async () => {
    expect((await sendEvent({ type: 'app_mention', user: 'U1', text: `<@${BOT_USER}> SG17主要负责什么？`, ts: '1800000100.000100' })).status).toBe(200);
    const [reply] = await slack.waitFor(isPost('1800000100.000100'));
    expect(reply!.body.channel).toBe('C1');
    expect(reply!.authorization).toBe('Bearer xoxb-test');
    expect(reply!.body.text).toContain('继续实现行动计划的目标[1]');
    expect(blockTexts(blocksOf(reply!)).join('\n')).toContain('*来源*');
    expect(assistant.asked.at(-1)).toEqual({ question: 'SG17主要负责什么？', history: [] });
  });

  it('uses the earlier turns of the thread for a follow-up', async () => {
    slack.thread = [
      { ts: '1800000100.000100', user: 'U1', text: `<@${BOT_USER}> SG17主要负责什么？` },
      { ts: '1800000101.000100', user: BOT_USER, bot_id: 'B0BOT', text: '第17研究组负责安全[1]。' },
      { ts: '1800000102.000100', user: 'U3', text: '同问' },
      { ts: '1800000103.000100', user: 'U1', text: `<@${BOT_USER}> 那它的课题有哪些？` },
    ];
    await sendEvent({ type: 'app_mention', user: 'U1', text: `<@${BOT_USER}> 那它的课题有哪些？`, ts: '1800000103.000100', thread_ts: '1800000100.000100' });
    await slack.waitFor(isPost('1800000100.000100'), 2);
    const [replies] = await slack.waitFor((c) => c.method === 'conversations.replies');
    expect(replies!.body).toMatchObject({ channel: 'C1', ts: '1800000100.000100' });
    expect(assistant.asked.at(-1)).toEqual({
      question: '那它的课题有哪些？',
      history: [
        { role: 'user', content: 'SG17主要负责什么？' },
        { role: 'assistant', content: '第17研究组负责安全[1]。' },
      ],
    });
  });

  it('ignores mentions posted by bots', async () => {
    const asked = assistant.asked.length;
    await sendEvent({ type: 'app_mention', bot_id: 'BOTHER', text: `<@${BOT_USER}> 机器人在问`, ts: '1800000200.000100' });
    await sendEvent({ type: 'app_mention', user: 'U1', text: `<@${BOT_USER}> 人在问`, ts: '1800000201.000100' });
    await slack.waitFor(isPost('1800000201.000100'));
    expect(slack.calls.filter(isPost('1800000200.000100'))).toHaveLength(0);
    expect(assistant.asked.slice(asked).map((a) => a.question)).toEqual(['人在问']);
  });
});

describe('request verification', () => {
  it('refuses a wrong signature with 401 and does nothing', async () => {
    const calls = slack.calls.length;
    const body = command('/mandate', 'SG17');
    const res = await post(body, 'application/x-www-form-urlencoded', sign(body, undefined, 'wrong-secret'));
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('第17研究组');
    expect(slack.calls.length).toBe(calls);
  });

  it('refuses a request signed more than 5 minutes ago', async () => {
    const asked = assistant.asked.length;
    const body = command('/wtsa', '第44号决议要求什么？');
    const res = await post(body, 'application/x-www-form-urlencoded', sign(body, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(res.status).toBe(401);
    expect(assistant.asked.length).toBe(asked);
  });

  it('refuses an unsigned request', async () => {
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
  });

  it('never called auth.test', () => {
    expect(slack.calls.filter((c) => c.method === 'auth.test')).toEqual([]);
  });
});

describe('direct messages, App Home and the mandate card\'s full texts', () => {
  const isPostIn = (channel: string, thread: string) => (c: RecordedCall) =>
    c.method === 'chat.postMessage' && c.body.channel === channel && c.body.thread_ts === thread;

  it('answers a direct message like a mention, in its thread, and ignores edits and bots there', async () => {
    const asked = assistant.asked.length;
    await sendEvent({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '第44号决议要求电信标准化局主任做什么？', ts: '1800000400.000100' });
    const [reply] = await slack.waitFor(isPostIn('D1', '1800000400.000100'));
    expect(reply!.body.text).toContain('继续实现行动计划的目标[1]');
    await sendEvent({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D1', user: 'U1', text: '改过', ts: '1800000401.000100' });
    await sendEvent({ type: 'message', channel_type: 'im', channel: 'D1', bot_id: 'B0BOT', text: '机器人', ts: '1800000402.000100' });
    await sendEvent({ type: 'message', channel_type: 'channel', channel: 'C1', user: 'U1', text: '频道里没有提到机器人', ts: '1800000403.000100' });
    await sendEvent({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '第二个问题', ts: '1800000404.000100' });
    await slack.waitFor(isPostIn('D1', '1800000404.000100'));
    expect(assistant.asked.slice(asked).map((a) => a.question)).toEqual(['第44号决议要求电信标准化局主任做什么？', '第二个问题']);
  });

  it('publishes the App Home tab with what the app does and example commands', async () => {
    await sendEvent({ type: 'app_home_opened', user: 'U7', tab: 'messages', channel: 'D7' });
    await sendEvent({ type: 'app_home_opened', user: 'U7', tab: 'home', channel: 'D7' });
    const [publish, ...more] = await slack.waitFor((c) => c.method === 'views.publish');
    expect(more).toHaveLength(0);
    expect(publish!.body.user_id).toBe('U7');
    const view = publish!.body.view as { type: string; blocks: types.KnownBlock[] };
    expect(view.type).toBe('home');
    const text = blockTexts(view.blocks).join('\n');
    expect(text).toContain('`/mandate SG17`');
    expect(text).toContain('`/wtsa 第44号决议对学术成员有什么规定？`');
    expect(text).toContain('私信');
  });

  it('opens the full texts of a mandate in a modal from 完整职责', async () => {
    const body = (await (await sendCommand('/mandate', 'SG17')).json()) as { blocks: types.KnownBlock[] };
    await sendAction(FULL_MANDATE, buttonValue(body.blocks, FULL_MANDATE), slack.responseUrl());
    const [open] = await slack.waitFor((c) => c.method === 'views.open');
    expect(open!.body.trigger_id).toBe('1.2.3');
    const view = open!.body.view as { type: string; title: { text: string }; blocks: types.KnownBlock[] };
    expect(view).toMatchObject({ type: 'modal', title: { text: 'SG17 完整职责' } });
    expect(blockTexts(view.blocks).join('\n')).toContain('副主席：亮先生 魏（中国）');
  });

  it('replaces only the vote of a posted answer with the recorded vote, keeping its other blocks', async () => {
    await sendEvent({ type: 'app_mention', user: 'U1', text: `<@${BOT_USER}> 第44号决议要求什么？`, ts: '1800000500.000100' });
    const [posted] = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === '1800000500.000100');
    const blocks = blocksOf(posted!);
    const url = slack.responseUrl();
    await sendAction(FEEDBACK_UP, buttonValue(blocks, FEEDBACK_UP), url, 'U2', {
      container: { type: 'message', is_ephemeral: false }, message: { type: 'message', text: posted!.body.text, ts: '1800000501.000100', blocks },
    });
    const [replaced] = await slack.waitFor(atUrl(url));
    expect(replaced!.body.replace_original).toBe(true);
    const after = blocksOf(replaced!);
    expect(after.filter((b) => b.block_id !== VOTE_BLOCK)).toEqual(blocks.filter((b) => b.block_id !== VOTE_BLOCK));
    expect(after.find((b) => b.block_id === VOTE_BLOCK)).toMatchObject({ type: 'context', elements: [{ text: '已记录你的反馈：👍 有帮助' }] });
  });
});

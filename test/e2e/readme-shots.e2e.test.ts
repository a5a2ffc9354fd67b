// The README's pictures: the chat page with a cited answer, and the Slack /mandate card and an answer rendered from
// their real Block Kit JSON as an HTML mock-up (test/e2e/block-kit-html.ts); saved under test-results/ (copied to docs/).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { answerMessages } from '../../src/slack/answer-message.js';
import { mandateMessages } from '../../src/slack/mandate-message.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../src/store/types.js';
import { SG17_MANDATE } from '../slack/fixtures.js';
import { blockKitPage, mrkdwnHtml } from './block-kit-html.js';
import { launchChromium } from './browser.js';
import { askIn, waitForReply } from './chat-helpers.js';
import { createCorpusFakeAssistant } from './corpus-fake-assistant.js';
import { startApp, type Running } from './servers.js';

const SHOTS = resolve(ROOT, 'test-results');
let browser: Browser;
let api: Running;
let store: Store;
let dataDir: string;
const assistant = createCorpusFakeAssistant();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'wtsa-shots-'));
  store = openSqliteStore(join(dataDir, 'state.sqlite'));
  browser = await launchChromium();
  api = await startApp({ assistant, store, corsOrigin: 'http://127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('README screenshots', () => {
  it('the chat page with a cited answer', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 720 }, locale: 'zh-CN' })).newPage();
    await page.goto(`${api.origin}/`);
    await askIn(page, '第44号决议对学术成员有什么规定？');
    await waitForReply(page);
    await page.locator('.composer textarea').blur();
    await page.screenshot({ animations: 'disabled', path: join(SHOTS, 'readme-chat-page.png') });
    await page.context().close();
  }, 60_000);

  it('renders mrkdwn bold beside Chinese, links and emoji in the mock-up', () => {
    expect(mrkdwnHtml('\u200B*问：*\u200B第44号 <https://h/a/x|链接> :warning:')).toBe('<b>问：</b>第44号 <a href="https://h/a/x">链接</a> ⚠️');
  });

  it('the Slack /mandate card and an answer, from their Block Kit JSON', async () => {
    const base = 'https://wtsa.example.org';
    const [card] = mandateMessages(SG17_MANDATE, { kind: 'private' }, base);
    const question = '第44号决议对学术成员有什么规定？';
    const answer = await assistant.ask({ question });
    const [reply] = answerMessages(question, answer, 'Xq3vT9kLm2Pa', { kind: 'thread' }, { publicBaseUrl: base });
    const page = await (await browser.newContext({ viewport: { width: 760, height: 400 }, locale: 'zh-CN' })).newPage();
    await page.setContent(
      blockKitPage([
        { label: '/mandate SG17（仅你可见）', blocks: card!.blocks },
        { label: '话题中的回答', blocks: reply!.blocks },
      ]),
    );
    expect(await page.locator('.header').innerText()).toBe('第17研究组 · 安全');
    expect(await page.locator('b', { hasText: '牵头研究组' }).count()).toBe(1);
    await page.screenshot({ animations: 'disabled', fullPage: true, path: join(SHOTS, 'readme-slack-card.png') });
    await page.context().close();
  }, 60_000);
});

// The chat page and widget in headless Chromium: permalinks and ?q= links, saved conversations, phones, answer states
// (hedged, rewritten, busy), follow-ups, regenerate, dark mode, Ctrl/⌘+K, the language switch, the document index.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { collectConsoleErrors } from './browser.js';
import { askIn, focusedInChat, lastReplyOf, waitForReply } from './chat-helpers.js';
import type { CorpusFakeAssistant } from './corpus-fake-assistant.js';
import { startBrowserStack, type BrowserStack } from './browser-stack.js';
import type { Running } from './servers.js';

const SHOTS = resolve(ROOT, 'test-results');
const TIMEOUT = 120_000;
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' };

let browser: Browser;
let host: Running;
let api: Running;
let assistant: CorpusFakeAssistant;
let stack: BrowserStack;
const contexts: BrowserContext[] = [];
let consoleErrors: string[] = [];

async function newPage(options: BrowserContextOptions = { viewport: { width: 1280, height: 860 }, locale: 'zh-CN' }): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  context.on('page', (p) => collectConsoleErrors(p, consoleErrors));
  return context.newPage();
}

const embedUrl = (path = '/embed', attrs: Record<string, string> = {}) => `${host.origin}${path}?${new URLSearchParams({ api: api.origin, ...attrs })}`;

async function openWidget(page: Page, path = '/embed'): Promise<void> {
  await page.goto(embedUrl(path));
  await page.locator('.launcher').click();
  await page.locator('.panel textarea').waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startBrowserStack('chat');
  ({ browser, host, api, assistant } = stack);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
  expect(consoleErrors.filter((e) => !/status of 503/.test(e))).toEqual([]);
  consoleErrors = [];
});

describe('sharing and links', () => {
  it('shares an answer as its permalink /a/<id>, which shows the stored answer', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.origin });
    await page.goto(`${api.origin}/`);
    await askIn(page, 'SG17负责什么？');
    await waitForReply(page);
    const share = lastReplyOf(page).locator('button.share');
    await share.click();
    await share.filter({ hasText: '链接已复制' }).waitFor();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(new RegExp(`^${api.origin}/a/[\\w-]{12}$`));
    const permalink = await page.request.get(url);
    expect(permalink.status()).toBe(200);
    expect(await permalink.text()).toContain('ITU-T第17研究组');
  }, TIMEOUT);

  it('asks the question of a /?q= link once: the link is cleaned and a reload restores instead of asking again', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/?q=${encodeURIComponent('SG17负责什么？')}`);
    await waitForReply(page);
    expect(await page.locator('.msg-user').allInnerTexts()).toEqual(['SG17负责什么？']);
    expect(new URL(page.url()).search).toBe('');
    const asked = assistant.asked.length;
    await page.reload();
    await lastReplyOf(page).locator('.actions').waitFor();
    expect(await page.locator('.msg-user').allInnerTexts()).toEqual(['SG17负责什么？']);
    expect(assistant.asked.length).toBe(asked);
  }, TIMEOUT);
});

describe('saved conversations', () => {
  it('lists conversations newest first, restores the latest at its last question after a reload, deletes one and clears all', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 600 }, locale: 'zh-CN' });
    await page.goto(`${api.origin}/`);
    await askIn(page, 'SG17负责什么？');
    await waitForReply(page);
    await page.locator('.head button', { hasText: '新对话' }).click();
    // The last answer is longer than the log is tall: the bottom of the log would not show its question.
    for (const q of ['第44号决议对学术成员有什么规定？', '免除会费的期限是多久？', '第44号决议做出决议的全部内容？']) {
      await askIn(page, q);
      await waitForReply(page);
    }
    await page.reload();
    await lastReplyOf(page).locator('.actions').waitFor();
    expect(await page.locator('.msg-user').count()).toBe(3);
    // The log opens at the last question, not at the oldest exchange.
    await page.waitForFunction(() => {
      const root = document.querySelector('wtsa-chat-page')?.shadowRoot;
      const log = root?.querySelector('.log');
      const last = root?.querySelectorAll('.msg-user')[2];
      if (!log || !last) return false;
      const top = last.getBoundingClientRect().top - log.getBoundingClientRect().top;
      return log.scrollTop > 0 && top >= 0 && top < 40;
    });

    await page.getByRole('button', { name: '历史对话' }).click();
    const items = page.locator('.convs .conv-title');
    expect(await items.allInnerTexts()).toEqual(['第44号决议对学术成员有什么规定？', 'SG17负责什么？']);
    await page.getByRole('button', { name: '删除对话：SG17负责什么？' }).click();
    expect(await items.allInnerTexts()).toEqual(['第44号决议对学术成员有什么规定？']);
    await page.getByRole('button', { name: '清除全部历史对话' }).click();
    expect(await page.locator('.example').count()).toBe(3);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wtsa-chats:')))).toEqual([]);
  }, TIMEOUT);

  it('the widget restores the conversation of its own host page only', async () => {
    const page = await newPage();
    await openWidget(page, '/embed/members');
    await askIn(page, 'SG17负责什么？');
    await waitForReply(page);
    await openWidget(page, '/embed/fees');
    expect(await page.locator('.msg-user').count()).toBe(0);
    await openWidget(page, '/embed/members');
    expect(await page.locator('.msg-user').allInnerTexts()).toEqual(['SG17负责什么？']);
  }, TIMEOUT);
});

describe('phones (390×844)', () => {
  it('16 px composer, 44 px markers and chips, sources collapsed under the answer, long answers kept at their first line', async () => {
    const page = await newPage(PHONE);
    await openWidget(page);
    expect(await page.locator('.composer textarea').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    // While the answer streams, the sources being consulted take one scrollable row, not the first screen.
    const release = assistant.holdNextStream();
    await askIn(page, '第44号决议做出决议的全部内容？');
    await lastReplyOf(page).locator('.sources .chip').first().waitFor();
    expect((await lastReplyOf(page).locator('.sources').boundingBox())!.height).toBeLessThanOrEqual(50);
    release();
    await waitForReply(page);
    const reply = lastReplyOf(page);
    // The long answer did not scroll away: its question is at the top of the log.
    const questionTop = await page.locator('.msg-user').last().evaluate((el) => {
      const log = el.closest('.log')!;
      return el.getBoundingClientRect().top - log.getBoundingClientRect().top;
    });
    expect(questionTop).toBeGreaterThanOrEqual(0);
    expect(questionTop).toBeLessThan(40);
    await page.screenshot({ animations: 'disabled', path: join(SHOTS, 'widget-phone-long-answer.png') });

    // Every marker is hit within a 44×44 box around its centre.
    const misses = await reply.locator('button.marker').evaluateAll((markers) =>
      markers.flatMap((m) => {
        const r = m.getBoundingClientRect();
        const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
        const root = m.getRootNode() as ShadowRoot;
        return [[-21, 0], [21, 0], [0, -21], [0, 21]]
          .filter(([, dy]) => cy + dy! > 70 && cy + dy! < innerHeight - 80)
          .filter(([dx, dy]) => root.elementFromPoint(cx + dx!, cy + dy!) !== m)
          .map(([dx, dy]) => `${m.textContent} (${dx},${dy})`);
      }),
    );
    expect(misses).toEqual([]);

    // Sources come after the answer, collapsed; opened, each is at least 44 px tall.
    const cites = reply.locator('details.cites');
    expect(await cites.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const answerBox = await reply.locator('.answer').boundingBox();
    const citesBox = await cites.boundingBox();
    expect(citesBox!.y).toBeGreaterThan(answerBox!.y + answerBox!.height - 1);
    await cites.locator('summary').click();
    const heights = await reply.locator('.cite, .followup').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);

  }, TIMEOUT);

  it('keeps the focus inside the full-screen panel and the host page from scrolling behind it', async () => {
    const page = await newPage(PHONE);
    await page.goto(embedUrl());
    await page.evaluate(() => {
      document.body.style.height = '3000px';
    });
    await page.locator('.launcher').click();
    expect(await page.locator('.panel').getAttribute('aria-modal')).not.toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    await page.mouse.wheel(0, 800);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await focusedInChat(page)).not.toBeNull();
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusedInChat(page)).not.toBeNull();
    }
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
  }, TIMEOUT);
});

describe('answer states', () => {
  it('marks a hedged answer with a labelled badge, distinct from a confident one', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/`);
    await askIn(page, '中国学术成员的会费减免具体是多少？');
    await waitForReply(page);
    const reply = lastReplyOf(page);
    expect(await reply.getAttribute('class')).toContain('hedged');
    const badge = reply.locator('.badge-hedged');
    expect(await badge.getAttribute('role')).toBe('note');
    expect(await badge.innerText()).toContain('部分相关 · 文本未直接说明');
    expect(await badge.textContent()).toContain('决议文本没有直接说明所问的内容');
    await askIn(page, 'SG17负责什么？');
    await waitForReply(page);
    expect(await lastReplyOf(page).locator('.badge-hedged').count()).toBe(0);
  }, TIMEOUT);

  it('shows how a follow-up was understood when the question was rewritten', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/`);
    await askIn(page, '第44号决议对学术成员有什么规定？');
    await waitForReply(page);
    expect(await lastReplyOf(page).locator('.resolved').count()).toBe(0);
    await askIn(page, '那会费呢？');
    await waitForReply(page);
    expect(await lastReplyOf(page).locator('.resolved').innerText()).toBe('按上文理解为：第44号决议对会费有什么规定？');
  }, TIMEOUT);

  it('says the server is busy with the wait it gave, and answers on retry', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/`);
    await page.route('**/api/ask', (route) =>
      route.fulfill({
        status: 503,
        headers: { 'Retry-After': '7', 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: { code: 'busy', message: 'busy', retryAfterSeconds: 7 } }),
      }),
    );
    await askIn(page, 'SG17负责什么？');
    await waitForReply(page);
    const error = lastReplyOf(page).locator('.error');
    expect(await error.innerText()).toContain('服务器繁忙，请在 7 秒后重试。');
    await page.unroute('**/api/ask');
    await error.getByRole('button', { name: '重试' }).click();
    await waitForReply(page);
    expect(await lastReplyOf(page).locator('.answer').innerText()).toContain('ITU-T第17研究组');
  }, TIMEOUT);
});

describe('follow-ups and regenerate', () => {
  it('offers follow-up questions from a mandate answer and asks one with the conversation as history', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/`);
    await askIn(page, 'SG17负责什么？');
    await waitForReply(page);
    const followUps = lastReplyOf(page).locator('.followup');
    expect(await followUps.allInnerTexts()).toEqual(['SG17牵头哪些工作？', 'SG17的主席是谁？', 'SG17有哪些课题？']);
    await followUps.nth(1).click();
    await waitForReply(page);
    expect(assistant.asked.at(-1)?.question).toBe('SG17的主席是谁？');
    expect(assistant.asked.at(-1)?.history?.[0]).toEqual({ role: 'user', content: 'SG17负责什么？' });
  }, TIMEOUT);

  it('regenerates an answer in its place', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/`);
    await askIn(page, 'SG17负责什么？');
    await waitForReply(page);
    const before = assistant.asked.length;
    await lastReplyOf(page).getByRole('button', { name: '重新生成' }).click();
    await waitForReply(page);
    expect(assistant.asked.length).toBe(before + 1);
    expect(assistant.asked.at(-1)).toEqual({ question: 'SG17负责什么？', history: [] });
    expect(await page.locator('.msg-user').count()).toBe(1);
    expect(await page.locator('.msg-bot').count()).toBe(1);
  }, TIMEOUT);
});

describe('peer basics', () => {
  it('follows a dark system theme unless data-theme says otherwise', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', colorScheme: 'dark' });
    await page.goto(`${api.origin}/`);
    await askIn(page, '第44号决议对学术成员有什么规定？');
    await waitForReply(page);
    expect(await page.locator('.chat').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(23, 27, 34)');
    await page.screenshot({ animations: 'disabled', path: join(SHOTS, 'chat-page-dark.png') });
    await page.goto(embedUrl('/embed', { theme: 'light' }));
    await page.locator('.launcher').click();
    expect(await page.locator('.chat').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  }, TIMEOUT);

  it('opens the widget and focuses the question box on Ctrl+K', async () => {
    const page = await newPage();
    await page.goto(embedUrl());
    await page.locator('#host-button').focus();
    await page.keyboard.press('Control+k');
    await page.locator('.panel textarea').waitFor();
    expect(await focusedInChat(page)).toBe('textarea');
  }, TIMEOUT);

  it('follows the browser’s language, switches between English and Chinese, and remembers the switch', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    await page.goto(`${api.origin}/`);
    expect(await page.locator('h1').innerText()).toBe('Resolutions Assistant');
    expect(await page.locator('.example').allInnerTexts()).toEqual([
      'What is SG17 responsible for?',
      'What does Resolution 44 say about Academia members?',
      'Which resolutions are new at WTSA-24?',
    ]);
    await page.getByRole('button', { name: '切换到中文' }).click();
    expect(await page.locator('h1').innerText()).toBe('决议助手');
    expect(await page.locator('.example').first().innerText()).toBe('SG17负责什么？');
    await page.reload();
    expect(await page.locator('h1').innerText()).toBe('决议助手');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  }, TIMEOUT);

  it('lists every document at /docs/, each linked to its view with a table of contents', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/docs/`);
    const links = page.locator('.doc-list a');
    await links.first().waitFor();
    expect(await links.count()).toBe(assistant.documents().length);
    await page.screenshot({ animations: 'disabled', path: join(SHOTS, 'document-index.png') });
    await links.filter({ hasText: '第44号决议《' }).click();
    await page.locator('nav.toc').waitFor();
    const toc = page.locator('nav.toc a');
    expect(await toc.allInnerTexts()).toEqual(expect.arrayContaining(['考虑到', '做出决议', '请国际电联理事会']));
    await toc.filter({ hasText: '请国际电联理事会' }).click();
    const heading = page.locator('h2', { hasText: '请国际电联理事会' });
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(60);
  }, TIMEOUT);

  it('highlights the part of a clause given by offsets in a deep link', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/docs/44?clause=44%236.2&from=2&to=9`);
    const mark = page.locator('.rec.hl mark');
    await mark.waitFor();
    expect(await mark.innerText()).toBe('免除发展中国家');
  }, TIMEOUT);
});

// The chat widget in real headless Chromium: embedded on another origin, streaming, citations, document view,
// follow-ups, feedback stored in SQLite, refusals, keyboard use, rate limiting and an unreachable server.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import type { Store } from '../../src/store/types.js';
import { openMemoryStore } from '../api/memory-store.js';
import { chineseFonts, collectConsoleErrors } from './browser.js';
import { askIn, lastReplyOf, waitForReply } from './chat-helpers.js';
import type { CorpusFakeAssistant } from './corpus-fake-assistant.js';
import { startBrowserStack, type BrowserStack } from './browser-stack.js';
import { startApp, type Running } from './servers.js';

const SHOTS = resolve(ROOT, 'test-results');
const TIMEOUT = 60_000;

let browser: Browser;
let host: Running;
let api: Running;
let assistant: CorpusFakeAssistant;
let store: Store;
let stack: BrowserStack;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];

/** Console errors other than the network failures a test provokes on purpose. */
const unexpectedErrors = (allowed: RegExp[] = []) => consoleErrors.filter((e) => !allowed.some((a) => a.test(e)));

async function openEmbedded(apiOrigin = api.origin, attrs: Record<string, string> = {}): Promise<void> {
  const query = new URLSearchParams({ api: apiOrigin, ...attrs });
  await page.goto(`${host.origin}/embed?${query}`);
  await page.locator('.launcher').click();
  await page.locator('.panel textarea').waitFor();
}

const ask = (question: string) => askIn(page, question);
const lastReply = (): Locator => lastReplyOf(page);
const waitForAnswer = () => waitForReply(page);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startBrowserStack('widget');
  ({ browser, host, api, assistant, store } = stack);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

beforeEach(async () => {
  consoleErrors = [];
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  context.on('page', (p) => collectConsoleErrors(p, consoleErrors));
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

describe('widget embedded on another origin', () => {
  it('has a Chinese font to render with (no boxes)', () => {
    expect(chineseFonts().join('\n')).toMatch(/WenQuanYi|Noto Sans CJK|Source Han/);
  });

  it('keeps host styles out: the panel uses its own font, colours and buttons', async () => {
    await openEmbedded();
    const sendBg = await page.locator('.send').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(sendBg).toBe('rgb(31, 95, 191)');
    const title = page.locator('.brand h2');
    expect(await title.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(27, 34, 48)');
    expect(await title.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('WenQuanYi Micro Hei');
    // …and the widget's styles stay in: the host's own elements keep the host's look.
    expect(await page.locator('#host-button').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 255, 0)');
    expect(await page.locator('body > p.answer').evaluate((el) => getComputedStyle(el).lineHeight)).not.toBe('27px');
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('asks from an example question, shows sources first, streams the answer, then the cited answer', async () => {
    await openEmbedded();
    const examples = page.locator('.example');
    expect(await examples.allInnerTexts()).toEqual(['SG17负责什么？', '第44号决议对学术成员有什么规定？', '哪些决议是本届全会新增的？']);

    const release = assistant.holdNextStream();
    await examples.nth(1).click();
    expect(await page.evaluate(() => document.querySelector('wtsa-chat-widget')?.shadowRoot?.activeElement?.tagName)).toBe('TEXTAREA');
    // Held after the first delta: the sources and the first words are on screen, the answer is not complete.
    await lastReply().locator('.sources .chip').first().waitFor();
    await lastReply().locator('.answer').waitFor();
    expect(await lastReply().getAttribute('class')).toContain('streaming');
    expect(await lastReply().locator('.chip').first().innerText()).toContain('第44号决议');
    const partial = await lastReply().locator('.answer').innerText();
    expect(partial.length).toBeGreaterThan(0);
    expect(partial).not.toContain('区域代表处');
    expect(await page.locator('.log').getAttribute('aria-busy')).toBe('true');
    release();

    await waitForAnswer();
    const answer = lastReply().locator('.answer');
    expect(await answer.innerText()).toContain('特别是学术成员和下一代参与ITU-T的标准化活动');
    expect(await answer.locator('button.marker').allInnerTexts()).toEqual(['1', '2', '3']);
    expect(await lastReply().locator('.cite').count()).toBe(3);
    expect(await lastReply().locator('.cite').first().innerText()).toBe('1\n第44号决议 做出决议 7');
    expect(await lastReply().locator('.cite').first().getAttribute('title')).toBe(
      '第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》 做出决议 7',
    );
    expect(await page.locator('.log').getAttribute('aria-busy')).toBe('false');
    expect(assistant.asked.at(-1)).toEqual({ question: '第44号决议对学术成员有什么规定？', history: [] });
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('stops a streaming answer on request and leaves it out of the follow-up history', async () => {
    await openEmbedded();
    const release = assistant.holdNextStream();
    await ask('第44号决议对学术成员有什么规定？');
    await lastReply().locator('.answer').waitFor();
    const stop = page.locator('.send');
    expect(await stop.getAttribute('aria-label')).toBe('停止');
    await stop.click();
    await lastReply().locator('.error', { hasText: '已停止生成。' }).waitFor();
    release();
    expect(await page.locator('.send').getAttribute('aria-label')).toBe('发送');
    await ask('SG17负责什么？');
    await waitForAnswer();
    expect(assistant.asked.at(-1)).toEqual({ question: 'SG17负责什么？', history: [] });
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('speaks English when data-lang="en" (answers stay as the API gives them)', async () => {
    await page.goto(`${host.origin}/embed?${new URLSearchParams({ api: api.origin, lang: 'en' })}`);
    expect(await page.locator('.launcher').getAttribute('aria-label')).toBe('Open the Resolutions Assistant');
    await page.locator('.launcher').click();
    expect(await page.locator('.brand h2').innerText()).toBe('Resolutions Assistant');
    expect(await page.locator('.composer textarea').getAttribute('placeholder')).toBe('Ask about the WTSA-24 resolutions…');
    expect(await page.locator('.empty .try').innerText()).toBe('Try asking:');
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('opens a citation with its document, section, label and highlighted quote, and the document view from there', async () => {
    await openEmbedded();
    await ask('第44号决议对学术成员有什么规定？');
    await waitForAnswer();
    const marker = lastReply().locator('button.marker', { hasText: '2' });
    await marker.click();

    const drawer = page.locator('.drawer');
    await drawer.waitFor();
    expect(await drawer.locator('h3').innerText()).toBe('引文 [2]');
    expect(await drawer.locator('.docname').innerText()).toBe('第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》');
    expect(await drawer.locator('.place').innerText()).toBe('请国际电联理事会 2');
    expect(await drawer.locator('.clause').innerText()).toBe(
      '考虑免除发展中国家新学术成员有限时间内（最多不超过一个完整研究期）的会费，以鼓励他们参与ITU-T的活动和标准化进程，',
    );
    expect(await drawer.locator('mark').innerText()).toBe('考虑免除发展中国家新学术成员有限时间内（最多不超过一个完整研究期）的会费');
    // Focus moved into the drawer; Esc closes it and gives focus back to the marker.
    expect(await page.evaluate(() => document.querySelector('wtsa-chat-widget')?.shadowRoot?.activeElement?.getAttribute('aria-label'))).toBe('关闭引文');

    const link = drawer.locator('a.doclink');
    // The link names the quoted part by offsets, not by its text.
    expect(await link.getAttribute('href')).toBe(`${api.origin}/docs/44?clause=44%236.2&from=0&to=36`);
    const [docPage] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await docPage.waitForLoadState();
    const cited = docPage.locator('.rec.hl');
    await cited.waitFor();
    expect(await cited.getAttribute('data-id')).toBe('44#6.2');
    expect(await cited.locator('mark').innerText()).toBe('考虑免除发展中国家新学术成员有限时间内（最多不超过一个完整研究期）的会费');
    const inView = await cited.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await docPage.locator('h1').innerText()).toBe('缩小发展中国家与发达国家之间的标准化工作差距');
    expect(await docPage.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining(['考虑到', '做出决议', '请国际电联理事会']));
    expect(await docPage.locator('.rec').count()).toBeGreaterThan(50);
    await docPage.screenshot({ animations: 'disabled', path: join(SHOTS, 'document-view.png') });

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.querySelector('wtsa-chat-widget')?.shadowRoot?.activeElement?.textContent)).toBe('2');
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('sends the conversation as history with a follow-up, keeps it across a reload of the tab, and starts over', async () => {
    await openEmbedded();
    await ask('第44号决议对学术成员有什么规定？');
    await waitForAnswer();
    const first = await lastReply().locator('.answer').innerText();
    await ask('免除会费的期限是多久？');
    await waitForAnswer();
    expect(await lastReply().locator('.answer').innerText()).toContain('最多不超过一个完整研究期');
    const followUp = assistant.asked.at(-1);
    expect(followUp?.question).toBe('免除会费的期限是多久？');
    expect(followUp?.history?.[0]).toEqual({ role: 'user', content: '第44号决议对学术成员有什么规定？' });
    expect(followUp?.history?.[1]?.role).toBe('assistant');
    expect(followUp?.history?.[1]?.content).toContain('特别是学术成员和下一代');
    expect(first).toContain('特别是学术成员和下一代');

    await page.reload();
    await page.locator('.launcher').click();
    expect(await page.locator('.msg-user').allInnerTexts()).toEqual(['第44号决议对学术成员有什么规定？', '免除会费的期限是多久？']);
    expect(await page.locator('.msg-bot').last().locator('button.marker').count()).toBe(1);

    await page.locator('.head button', { hasText: '新对话' }).click();
    expect(await page.locator('.msg-user').count()).toBe(0);
    expect(await page.locator('.example').count()).toBe(3);
    await ask('SG17负责什么？');
    await waitForAnswer();
    expect(assistant.asked.at(-1)).toEqual({ question: 'SG17负责什么？', history: [] });
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('stores 👎 with a reason, a note, the answer id and the cited records through /api/feedback, and 👍 without one', async () => {
    await openEmbedded();
    await ask('SG17负责什么？');
    await waitForAnswer();
    await lastReply().getByRole('button', { name: '没有帮助', exact: true }).click();
    const reasons = lastReply().locator('.reasons button');
    expect(await reasons.allInnerTexts()).toEqual(['引用的条款不对', '没有回答问题', '不完整', '应该能回答', '其他']);
    const send = page.locator('.fb-form button[type=submit]');
    expect(await send.isDisabled()).toBe(true);
    await reasons.filter({ hasText: '引用的条款不对' }).click();
    expect(await reasons.first().getAttribute('aria-pressed')).toBe('true');
    await page.locator('.fb-form textarea').fill('应同时引用第2号决议附件A');
    await send.click();
    await lastReply().locator('.fb-note', { hasText: '已反馈：没有帮助' }).waitFor();
    // The vote stays shown and cannot be cast twice.
    const down = lastReply().getByRole('button', { name: '没有帮助', exact: true });
    expect(await down.getAttribute('aria-pressed')).toBe('true');
    expect(await down.isDisabled()).toBe(true);
    expect(await page.locator('.fb-form').count()).toBe(0);

    const stored = (await store.feedback.list(10)).find((f) => f.comment === '应同时引用第2号决议附件A');
    expect(stored).toMatchObject({
      rating: 'down',
      reason: 'wrong-citation',
      source: 'widget',
      question: 'SG17负责什么？',
      citations: [{ doc: '2', section: '附件B', label: '' }],
    });
    expect(stored?.citations[0]?.id).toMatch(/^2#/);
    expect(stored?.answerId).toMatch(/^[\w-]{12}$/);
    expect(stored?.answer).toContain('ITU-T第17研究组');

    await ask('第44号决议对学术成员有什么规定？');
    await waitForAnswer();
    await lastReply().getByRole('button', { name: '有帮助', exact: true }).click();
    await lastReply().locator('.fb-note', { hasText: '感谢反馈' }).waitFor();
    expect((await store.feedback.list(1))[0]).toMatchObject({ rating: 'up', question: '第44号决议对学术成员有什么规定？', source: 'widget' });
    expect((await store.feedback.list(1))[0]?.comment).toBeUndefined();
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('copies the answer with its numbered sources', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await openEmbedded();
    await ask('SG17负责什么？');
    await waitForAnswer();
    await lastReply().getByRole('button', { name: '复制回答' }).click();
    await lastReply().getByRole('button', { name: '复制回答' }).filter({ hasText: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'ITU-T第17研究组（SG17）负责制定支持树立使用电信/信息通信技术（ICT）的信心、提高安全性和信任度方面的国际标准[1]。\n\n' +
        '[1] 第2号决议《国际电联电信标准化部门研究组的工作范围和职权》 附件B',
    );
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('shows a refusal distinctly, with the suggested documents linking to their document view', async () => {
    await openEmbedded();
    await ask('明天新德里的天气怎么样？');
    await waitForAnswer();
    const refused = lastReply().locator('.refused');
    await refused.waitFor();
    expect(await refused.locator('h3').innerText()).toBe('未在决议文本中找到依据');
    const links = refused.locator('.suggest a');
    expect(await links.allInnerTexts()).toEqual([
      '第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》',
      '第COM4/AI号决议《国际电联电信标准化部门有关支持电信/信息通信技术的人工智能技术的标准化活动》',
    ]);
    expect(await links.nth(1).getAttribute('href')).toBe(`${api.origin}/docs/COM4%2FAI`);
    expect(await lastReply().locator('button.marker').count()).toBe(0);
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('works from the keyboard: Shift+Enter adds a line, Enter sends, Esc closes and returns focus to the launcher', async () => {
    const query = new URLSearchParams({ api: api.origin, open: 'true', position: 'left', title: '代表问答' });
    await page.goto(`${host.origin}/embed?${query}`);
    await page.locator('.panel textarea').waitFor();
    expect(await page.locator('.brand h2').innerText()).toBe('代表问答');
    const panelBox = await page.locator('.panel').boundingBox();
    expect(panelBox?.x).toBeLessThan(100);
    // Opened on load with the focus in the question box.
    expect(await page.evaluate(() => document.querySelector('wtsa-chat-widget')?.shadowRoot?.activeElement?.tagName)).toBe('TEXTAREA');

    await page.keyboard.type('SG17');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('负责什么？');
    expect(await page.locator('.composer textarea').inputValue()).toBe('SG17\n负责什么？');
    await page.keyboard.press('Enter');
    await waitForAnswer();
    expect(assistant.asked.at(-1)?.question).toBe('SG17\n负责什么？');
    expect(await page.locator('.composer textarea').inputValue()).toBe('');

    await page.keyboard.press('Escape');
    await page.locator('.panel').waitFor({ state: 'hidden' });
    expect(await page.locator('.launcher').getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.querySelector('wtsa-chat-widget')?.shadowRoot?.activeElement?.className)).toBe('launcher');
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('does not send when Enter confirms a pinyin (IME) composition', async () => {
    await openEmbedded();
    const input = page.locator('.composer textarea');
    await input.fill('SG17负责什么');
    await input.focus();
    const before = assistant.asked.length;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'ne', selectionStart: 2, selectionEnd: 2 });
    // The Enter that picks the candidate arrives as keydown 229 with isComposing set.
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: '呢？' });
    expect(await input.inputValue()).toBe('SG17负责什么呢？');
    expect(await page.locator('.msg-user').count()).toBe(0);
    await input.press('Enter');
    await waitForAnswer();
    expect(assistant.asked.slice(before).map((a) => a.question)).toEqual(['SG17负责什么呢？']);
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);

  it('saves screenshots of the open widget at desktop and phone widths', async () => {
    await openEmbedded();
    await ask('第44号决议对学术成员有什么规定？');
    await waitForAnswer();
    await page.screenshot({ animations: 'disabled', path: join(SHOTS, 'widget-desktop.png') });
    await lastReply().locator('button.marker', { hasText: '1' }).click();
    await page.locator('.drawer').waitFor();
    await page.screenshot({ animations: 'disabled', path: join(SHOTS, 'widget-desktop-citation.png') });

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const phonePage = await phone.newPage();
    collectConsoleErrors(phonePage, consoleErrors);
    await phonePage.goto(`${host.origin}/embed?${new URLSearchParams({ api: api.origin })}`);
    await phonePage.locator('.launcher').click();
    await phonePage.screenshot({ animations: 'disabled', path: join(SHOTS, 'widget-phone-empty.png') });
    const input = phonePage.locator('.composer textarea');
    await input.fill('第44号决议对学术成员有什么规定？');
    await phonePage.locator('.send').click();
    await phonePage.locator('.msg-bot .actions').waitFor();
    const panel = await phonePage.locator('.panel').boundingBox();
    expect(panel).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await phonePage.screenshot({ animations: 'disabled', path: join(SHOTS, 'widget-phone.png') });
    await phone.close();
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);
});

describe('full-page chat', () => {
  it('serves the same chat at / on the app origin', async () => {
    await page.goto(`${api.origin}/`);
    await page.locator('wtsa-chat-page .composer textarea').waitFor();
    expect(await page.locator('.launcher').count()).toBe(0);
    await ask('SG17负责什么？');
    await waitForAnswer();
    expect(await lastReply().locator('.answer').innerText()).toContain('ITU-T第17研究组');
    await page.screenshot({ animations: 'disabled', path: join(SHOTS, 'chat-page-desktop.png') });
    expect(unexpectedErrors()).toEqual([]);
  }, TIMEOUT);
});

describe('failures', () => {
  it('says so when rate-limited (429)', async () => {
    const limited = await startApp({ assistant, store: openMemoryStore(), corsOrigin: host.origin, ratePerMinute: 1 });
    try {
      await openEmbedded(limited.origin);
      await ask('SG17负责什么？');
      await waitForAnswer();
      expect(await lastReply().locator('.actions').count()).toBe(1);
      await ask('第44号决议对学术成员有什么规定？');
      await waitForAnswer();
      const error = lastReply().locator('.error');
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await error.innerText()).toContain('请求过于频繁');
      expect(await error.locator('button', { hasText: '重试' }).count()).toBe(1);
    } finally {
      await limited.close();
    }
    expect(unexpectedErrors([/status of 429/])).toEqual([]);
  }, TIMEOUT);

  it('cannot use the API from an origin outside CORS_ORIGINS', async () => {
    const strict = await startApp({ assistant, store, corsOrigin: 'https://portal.example.org' });
    try {
      const before = assistant.asked.length;
      await openEmbedded(strict.origin);
      await ask('SG17负责什么？');
      await waitForAnswer();
      expect(await lastReply().locator('.error').count()).toBe(1);
      expect(assistant.asked.length).toBe(before);
    } finally {
      await strict.close();
    }
    expect(unexpectedErrors([/blocked by CORS policy/, /net::ERR_FAILED/])).toEqual([]);
  }, TIMEOUT);

  it('says the server is unreachable when the API is down, and answers on retry once it is back', async () => {
    const doomed = await startApp({ assistant, store, corsOrigin: host.origin });
    await openEmbedded(doomed.origin);
    await doomed.close();
    await ask('SG17负责什么？');
    await waitForAnswer();
    const error = lastReply().locator('.error');
    expect(await error.innerText()).toContain('无法连接到服务器');

    const port = Number(new URL(doomed.origin).port);
    const back = await startApp({ assistant, store, corsOrigin: host.origin, port });
    try {
      await error.locator('button', { hasText: '重试' }).click();
      await waitForAnswer();
      expect(await page.locator('.error').count()).toBe(0);
      expect(await page.locator('.msg-user').allInnerTexts()).toEqual(['SG17负责什么？']);
      expect(await lastReply().locator('.answer').innerText()).toContain('ITU-T第17研究组');
    } finally {
      await back.close();
    }
    expect(unexpectedErrors([/ERR_CONNECTION_REFUSED/])).toEqual([]);
  }, TIMEOUT);

  it('gives the wait from Retry-After when the page can read it (full page, same origin)', async () => {
    const limited = await startApp({ assistant, store: openMemoryStore(), corsOrigin: host.origin, ratePerMinute: 1 });
    try {
      await page.goto(`${limited.origin}/`);
      await ask('SG17负责什么？');
      await waitForAnswer();
      await ask('SG17负责什么？');
      await waitForAnswer();
      expect(await lastReply().locator('.error').innerText()).toMatch(/请求过于频繁，请在 \d+ 秒后再试。/);
    } finally {
      await limited.close();
    }
    expect(unexpectedErrors([/status of 429/])).toEqual([]);
  }, TIMEOUT);
});

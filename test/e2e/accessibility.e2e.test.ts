// axe-core in headless Chromium: no critical or serious violations on the chat page, the widget, the document view and
// the document index, in every state (empty, answered, hedged, refused, error, clause drawer open, 👎 reasons open; the
// drawer with a clause's footnote and with a footnote's clauses; a document with footnotes), at desktop (1280×860) and
// phone (390×844) sizes; a screenshot of each state is kept under test-results/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { askIn, lastReplyOf, waitForReply } from './chat-helpers.js';
import { startBrowserStack, type BrowserStack } from './browser-stack.js';
import type { Running } from './servers.js';

const SHOTS = resolve(ROOT, 'test-results', 'a11y');
/** Each test walks eight states with an axe run per state: minutes on a busy 2-core machine. */
const TIMEOUT = 300_000;
const SIZES: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 860 }, locale: 'zh-CN' },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' },
};

let browser: Browser;
let host: Running;
let api: Running;
let stack: BrowserStack;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startBrowserStack('a11y');
  ({ browser, host, api } = stack);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

/**
 * The critical and serious violations (WCAG 2.x A and AA rules and best practices) as "state rule: target" lines, within
 * `include` when given (the widget's element: the host page's own markup is not ours); saves a screenshot.
 */
async function auditWithin(page: Page, name: string, include?: string): Promise<string[]> {
  await page.screenshot({ animations: 'disabled', path: join(SHOTS, `${name}.png`) });
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) => v.nodes.map((n) => `${name} ${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

/** Walks the chat through every state, auditing each; `prefix` names the screenshots. */
async function auditChatStates(page: Page, prefix: string, include?: string): Promise<string[]> {
  const audit = (p: Page, name: string) => auditWithin(p, name, include);
  const found = [...(await audit(page, `${prefix}-empty`))];
  await askIn(page, '第44号决议对学术成员有什么规定？');
  await waitForReply(page);
  found.push(...(await audit(page, `${prefix}-answered`)));

  await lastReplyOf(page).getByRole('button', { name: '没有帮助', exact: true }).click();
  await page.locator('.fb-form').waitFor();
  found.push(...(await audit(page, `${prefix}-feedback-reasons`)));
  await page.locator('.fb-form').getByRole('button', { name: '取消' }).click();

  await lastReplyOf(page).locator('button.marker').first().click();
  await page.locator('.drawer').waitFor();
  found.push(...(await audit(page, `${prefix}-citation`)));
  await page.keyboard.press('Escape');
  await page.locator('.drawer').waitFor({ state: 'hidden' });

  await askIn(page, '中国学术成员的会费减免具体是多少？');
  await waitForReply(page);
  found.push(...(await audit(page, `${prefix}-hedged`)));

  await askIn(page, '明天新德里的天气怎么样？');
  await waitForReply(page);
  found.push(...(await audit(page, `${prefix}-refused`)));

  await page.route('**/api/ask', (route) =>
    route.fulfill({
      status: 503,
      headers: { 'Retry-After': '7', 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({ error: { code: 'busy', message: 'busy', retryAfterSeconds: 7 } }),
    }),
  );
  await askIn(page, 'SG17负责什么？');
  await waitForReply(page);
  found.push(...(await audit(page, `${prefix}-error`)));
  await page.unroute('**/api/ask');
  return found;
}

describe.each(Object.entries(SIZES))('axe at %s size', (size, options) => {
  it('the chat page, in every state', async () => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${api.origin}/`);
    await page.locator('.composer textarea').waitFor();
    const found = await auditChatStates(page, `${size}-page`);
    await page.getByRole('button', { name: '历史对话' }).click();
    found.push(...(await auditWithin(page, `${size}-page-history`)));
    await context.close();
    expect(found).toEqual([]);
  }, TIMEOUT);

  it('the widget on a host page, in every state', async () => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${host.origin}/embed?${new URLSearchParams({ api: api.origin })}`);
    const found = [...(await auditWithin(page, `${size}-widget-closed`, 'wtsa-chat-widget'))];
    await page.locator('.launcher').click();
    await page.locator('.panel textarea').waitFor();
    found.push(...(await auditChatStates(page, `${size}-widget`, 'wtsa-chat-widget')));
    await context.close();
    expect(found).toEqual([]);
  }, TIMEOUT);

  it("the clause drawer with a clause's footnote and with a footnote's clause", async () => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${api.origin}/`);
    await askIn(page, '第73号决议的研讨会在哪里举办？');
    await waitForReply(page);
    const found: string[] = [];
    for (const n of ['1', '2']) {
      await lastReplyOf(page).locator('button.marker', { hasText: n }).click();
      await page.locator('.drawer .fnote').waitFor();
      await page.locator('.drawer').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
      found.push(...(await auditWithin(page, `${size}-page-citation-footnote-${n}`)));
      await page.keyboard.press('Escape');
      await page.locator('.drawer').waitFor({ state: 'hidden' });
    }
    await context.close();
    expect(found).toEqual([]);
  }, TIMEOUT);

  it('the document view with a cited clause, and the document index', async () => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${api.origin}/docs/44?clause=44%236.2&from=2&to=20`);
    await page.locator('.rec.hl').waitFor();
    const found = await auditWithin(page, `${size}-document`);
    await page.goto(`${api.origin}/docs/73?clause=${encodeURIComponent('73#10.1')}`);
    await page.locator('section.footnotes .rec.hl').waitFor();
    found.push(...(await auditWithin(page, `${size}-document-footnotes`)));
    await page.goto(`${api.origin}/docs/`);
    await page.locator('.doc-list a').first().waitFor();
    found.push(...(await auditWithin(page, `${size}-document-index`)));
    await context.close();
    expect(found).toEqual([]);
  }, TIMEOUT);
});

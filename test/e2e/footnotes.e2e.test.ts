// Footnotes in headless Chromium: the document view draws them at the end, linked from the clauses' markers and back,
// and deep links reach them; the clause drawer (chat page and widget) shows a clause's footnotes and a footnote's clauses.
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleErrors } from './browser.js';
import { askIn, lastReplyOf, waitForReply } from './chat-helpers.js';
import { startBrowserStack, type BrowserStack } from './browser-stack.js';
import type { Running } from './servers.js';

const TIMEOUT = 120_000;
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 860 }, locale: 'zh-CN' };
/** Res 73 resolves 2 carries the marker of footnote 1, the list of symposium venues. */
const CLAUSE = '73#3.2';
const FOOTNOTE = '73#10.1';

let browser: Browser;
let host: Running;
let api: Running;
let stack: BrowserStack;
const contexts: BrowserContext[] = [];
let consoleErrors: string[] = [];

async function newPage(options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  context.on('page', (p) => collectConsoleErrors(p, consoleErrors));
  return context.newPage();
}

/** The data-id of the element focused inside the document view's shadow root. */
const focusedRecord = (page: Page) =>
  page.evaluate(() => document.querySelector('wtsa-doc-view')?.shadowRoot?.activeElement?.getAttribute('data-id') ?? null);

/** Whether the element's box lies within the viewport. */
const inView = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

beforeAll(async () => {
  stack = await startBrowserStack('footnotes');
  ({ browser, host, api } = stack);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
  expect(consoleErrors).toEqual([]);
  consoleErrors = [];
});

describe('the document view', () => {
  it('draws the footnotes at the end, follows a marker to its footnote and the back-link to the clause', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/docs/73`);
    await page.locator('nav.toc').waitFor();
    // 脚注 is the last entry of the contents and the one footnotes section, not a section among the clauses.
    expect((await page.locator('nav.toc a').allInnerTexts()).at(-1)).toBe('脚注');
    expect(await page.locator('h2', { hasText: /^脚注$/ }).count()).toBe(1);
    const notes = page.locator('section.footnotes .rec');
    expect(await notes.locator('.label').allInnerTexts()).toEqual(['1', '2', '3']);
    expect(await page.locator('main > section').last().getAttribute('class')).toBe('footnotes');

    const clause = page.locator(`.rec[data-id="${CLAUSE}"]`);
    const marker = clause.locator('sup.fnref a');
    expect(await marker.innerText()).toBe('1');
    expect(await marker.getAttribute('aria-label')).toBe('脚注1');
    expect(await marker.getAttribute('href')).toBe('/docs/73?clause=73%2310.1');
    await marker.click();
    const note = page.locator(`.rec[data-id="${FOOTNOTE}"]`);
    expect(await focusedRecord(page)).toBe(FOOTNOTE);
    expect(await inView(note)).toBe(true);
    expect(await note.getAttribute('class')).toContain('jumped');
    expect(await note.innerText()).toContain('2008年4月15-16日在日本京都');
    expect(new URL(page.url()).search).toBe('');

    const back = note.locator('a.fn-back');
    expect(await back.getAttribute('aria-label')).toBe('回到正文：做出决议 2');
    await back.click();
    expect(await focusedRecord(page)).toBe(CLAUSE);
    expect(await inView(clause)).toBe(true);
    expect(await note.getAttribute('class')).not.toContain('jumped');
  }, TIMEOUT);

  it('scrolls to and highlights a footnote named by a deep link', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/docs/73?clause=${encodeURIComponent(FOOTNOTE)}`);
    const cited = page.locator('.rec.hl');
    await cited.waitFor();
    expect(await cited.getAttribute('data-id')).toBe(FOOTNOTE);
    expect(await cited.evaluate((el) => el.closest('section')?.className)).toBe('footnotes');
    expect(await inView(cited)).toBe(true);
    expect(await focusedRecord(page)).toBe(FOOTNOTE);
  }, TIMEOUT);

  it('links a footnote whose marker is on the identifier line from the title, and back to it', async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/docs/18`);
    const title = page.locator('h1');
    await title.waitFor();
    await title.locator('sup.fnref a', { hasText: '1' }).click();
    const note = page.locator('section.footnotes .rec').first();
    expect(await note.innerText()).toContain('应提请国际电联无线电通信部门和电信发展部门注意本决议');
    await note.locator('a.fn-back').click();
    expect(await page.evaluate(() => document.querySelector('wtsa-doc-view')?.shadowRoot?.activeElement?.tagName)).toBe('H1');
  }, TIMEOUT);
});

describe('the clause drawer', () => {
  it("on the chat page shows a cited clause's footnote, linked to the document view, and a cited footnote's clause", async () => {
    const page = await newPage();
    await page.goto(`${api.origin}/`);
    await askIn(page, '第73号决议说的研讨会都在哪里办过？');
    await waitForReply(page);
    await lastReplyOf(page).locator('button.marker', { hasText: '1' }).click();
    const drawer = page.locator('.drawer');
    const note = drawer.locator('.fnote');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/^脚注1：2008年4月15-16日在日本京都/);
    expect(await note.locator('a').innerText()).toBe('脚注1：');
    expect(await note.locator('a').getAttribute('href')).toBe(`${api.origin}/docs/73?clause=73%2310.1`);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await lastReplyOf(page).locator('button.marker', { hasText: '2' }).click();
    const see = drawer.locator('.fnote');
    await see.waitFor();
    expect(await see.innerText()).toBe('见：第73号决议“做出决议”第2段');
    expect(await see.locator('a').getAttribute('href')).toBe(`${api.origin}/docs/73?clause=73%233.2`);
  }, TIMEOUT);

  it('shows only the footnote links of the clause on display when those of an earlier one arrive late', async () => {
    const page = await newPage();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const isClause = (url: URL) => url.pathname === `/api/records/${encodeURIComponent(CLAUSE)}`;
    await page.route(isClause, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${api.origin}/`);
    await askIn(page, '第73号决议的研讨会在哪里举办？');
    await waitForReply(page);
    const drawer = page.locator('.drawer');
    await lastReplyOf(page).locator('button.marker', { hasText: '1' }).click();
    await drawer.waitFor();
    await page.keyboard.press('Escape');
    await lastReplyOf(page).locator('button.marker', { hasText: '2' }).click();
    await drawer.locator('.fnote').waitFor();
    const late = page.waitForResponse((res) => isClause(new URL(res.url())));
    release();
    await (await late).finished();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await drawer.locator('.fnote').allInnerTexts()).toEqual(['见：第73号决议“做出决议”第2段']);
  }, TIMEOUT);

  it('in the English widget on another origin shows "Footnote 1: …" beneath the clause', async () => {
    const page = await newPage();
    await page.goto(`${host.origin}/embed?${new URLSearchParams({ api: api.origin, lang: 'en' })}`);
    await page.locator('.launcher').click();
    await askIn(page, '第73号决议的研讨会在哪里举办？');
    await waitForReply(page);
    await lastReplyOf(page).locator('button.marker', { hasText: '1' }).click();
    const note = page.locator('.drawer .fnote');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/^Footnote 1: 2008年4月15-16日在日本京都/);
  }, TIMEOUT);
});

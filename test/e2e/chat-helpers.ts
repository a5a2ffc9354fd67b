// Playwright helpers shared by the browser tests: asking in the chat and waiting for a finished reply.
import type { Locator, Page } from 'playwright-core';

/** Types a question into the composer and sends it with Enter. */
export async function askIn(page: Page, question: string): Promise<void> {
  const input = page.locator('.composer textarea');
  await input.fill(question);
  await input.press('Enter');
}

/** The newest reply of the chat. */
export const lastReplyOf = (page: Page): Locator => page.locator('.msg-bot').last();

/** Waits until the newest reply is complete (actions shown) or failed (error shown). */
export async function waitForReply(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const host = document.querySelector('wtsa-chat-widget, wtsa-chat-page');
    const replies = host?.shadowRoot?.querySelectorAll('.msg-bot');
    const last = replies?.[replies.length - 1];
    return Boolean(last && !last.classList.contains('streaming') && last.querySelector('.actions, .error'));
  });
}

/** The element focused inside the chat's shadow root (widget or page), described by tag and class. */
export function focusedInChat(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.querySelector('wtsa-chat-widget, wtsa-chat-page')?.shadowRoot?.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.className ? `.${el.className.split(' ').join('.')}` : ''}` : null;
  });
}

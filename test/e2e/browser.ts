// Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, with console errors collected per page.
import { chromium, type Browser, type Page } from 'playwright-core';

/** Launches the system Chromium with flags that keep it offline and quiet. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Records console errors and uncaught exceptions of a page (and of pages it opens). */
export function collectConsoleErrors(page: Page, into: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') into.push(`${page.url()} console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => into.push(`${page.url()} pageerror: ${err.message}`));
}

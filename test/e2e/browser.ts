// Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, with console errors collected per page.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL_HINT = 'apt-get install -y chromium fonts-wqy-microhei';

/** Font families fontconfig offers for Simplified Chinese (empty means Chinese would render as boxes). */
export function chineseFonts(): string[] {
  try {
    return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** Launches the system Chromium with flags that keep it offline and quiet. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; install it with: ${INSTALL_HINT}`);
  return chromium.launch({
    executablePath: CHROMIUM,
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

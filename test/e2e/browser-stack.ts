// What every browser test file starts: a SQLite store in a temporary directory, Chromium, a host site on another
// origin, and the product app answering with the corpus-backed fake assistant; stopped and removed in one call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../src/store/types.js';
import { launchChromium } from './browser.js';
import { createCorpusFakeAssistant, type CorpusFakeAssistant } from './corpus-fake-assistant.js';
import { startApp, startHostSite, type Running } from './servers.js';

/** The running pieces of one browser test file. */
export interface BrowserStack {
  browser: Browser;
  host: Running;
  api: Running;
  assistant: CorpusFakeAssistant;
  store: Store;
  /** Stops the browser and servers, closes the store and removes its directory (safe after a partial start). */
  stop(): Promise<void>;
}

/** Starts the stack; `name` labels the temporary directory. */
export async function startBrowserStack(name: string): Promise<BrowserStack> {
  const dataDir = mkdtempSync(join(tmpdir(), `wtsa-${name}-e2e-`));
  const store = openSqliteStore(join(dataDir, 'state.sqlite'));
  const assistant = createCorpusFakeAssistant();
  const browser = await launchChromium();
  const host = await startHostSite();
  const api = await startApp({ assistant, store, corsOrigin: host.origin });
  return {
    browser,
    host,
    api,
    assistant,
    store,
    stop: async () => {
      await browser.close();
      await api.close();
      await host.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

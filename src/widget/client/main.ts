// Entry of widget.js: reads the <script> tag's settings and mounts the floating widget, the full-page chat,
// a document view or the document index.
import { mountDocIndex } from './doc-index-page.js';
import { mountDocPage } from './doc-page.js';
import { chooseLanguage, LANGUAGE_KEY } from './language.js';
import { readScriptConfig } from './script-config.js';
import { stringsFor } from './strings.js';
import { mountPage, mountWidget } from './widget-shell.js';

// Must be read while the script runs: currentScript is null afterwards.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]')).find((s) => /\/widget\.js(\?|$)/.test(s.src)) ??
  null;

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function start(): void {
  const config = readScriptConfig(script?.src ?? '', { ...(script?.dataset ?? {}) }, location.href);
  const storage = localStorageOrNull();
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    // Blocked storage: no remembered choice.
  }
  const lang = chooseLanguage(stored, config.lang, navigator.languages ?? [navigator.language]);
  if (config.mode === 'doc') void mountDocPage(config, stringsFor(lang));
  else if (config.mode === 'docs') void mountDocIndex(config, stringsFor(lang));
  else if (config.mode === 'page') mountPage(config, lang, storage);
  // A page that includes the script twice still gets one widget.
  else if (!document.querySelector('wtsa-chat-widget')) mountWidget(config, lang, storage);
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });

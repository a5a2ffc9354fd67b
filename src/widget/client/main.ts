// Entry of widget.js: reads the <script> tag's settings and mounts the floating widget, the full-page chat or a document view.
import { mountDocPage } from './doc-page.js';
import { readScriptConfig } from './script-config.js';
import { stringsFor } from './strings.js';
import { mountPage, mountWidget } from './widget-shell.js';

// Must be read while the script runs: currentScript is null afterwards.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]')).find((s) => /\/widget\.js(\?|$)/.test(s.src)) ??
  null;

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function start(): void {
  const config = readScriptConfig(script?.src ?? '', { ...(script?.dataset ?? {}) }, location.href);
  const strings = stringsFor(config.lang);
  if (config.mode === 'doc') void mountDocPage(config, strings);
  else if (config.mode === 'page') mountPage(config, strings, sessionStorageOrNull());
  // A page that includes the script twice still gets one widget.
  else if (!document.querySelector('wtsa-chat-widget')) mountWidget(config, strings, sessionStorageOrNull());
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });

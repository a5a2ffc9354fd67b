// The floating widget (a launcher and a chat panel in a shadow root) and the full-page chat, with language switching,
// Ctrl/⌘+K, and on phones a full-screen panel that keeps focus inside and the host page still.
import { ChatView } from './chat-view.js';
import { h, icon, shadowWithStyles } from './dom.js';
import { keepTabInside } from './focus-trap.js';
import { LANGUAGE_KEY } from './language.js';
import type { WidgetConfig } from './script-config.js';
import { stringsFor } from './strings.js';
import { chatStyles, PHONE_QUERY } from './styles.js';


/** The colour scheme to apply: the script's data-theme, else the host page's <html data-theme>, else the system's. */
function themeOf(config: WidgetConfig): string | null {
  if (config.theme !== 'auto') return config.theme;
  const page = document.documentElement.dataset.theme;
  return page === 'light' || page === 'dark' ? page : null;
}

/** True for Ctrl+K (⌘+K on Macs). */
const isAskShortcut = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';

function remember(storage: Storage | null, lang: 'zh' | 'en'): void {
  try {
    storage?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Blocked storage: the switch still applies to this page view.
  }
}

/** Adds the launcher and panel to the page; returns the host element. */
export function mountWidget(config: WidgetConfig, lang: 'zh' | 'en', storage: Storage | null): HTMLElement {
  const host = document.createElement('wtsa-chat-widget');
  const root = shadowWithStyles(host, chatStyles);
  const wrapper = h('div', { class: `wtsa ${config.position}`, 'data-theme': themeOf(config) });
  const launcher = h('button', { class: 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'wtsa-panel' }, icon('chat'));
  const panel = h('div', { class: 'panel', id: 'wtsa-panel', role: 'dialog', 'aria-labelledby': 'wtsa-title', hidden: true });
  const page = `${location.origin}${location.pathname}`;
  let restoreScroll: (() => void) | null = null;

  const lockPage = () => {
    const html = document.documentElement;
    const before = [html.style.overflow, document.body.style.overflow];
    html.style.overflow = document.body.style.overflow = 'hidden';
    restoreScroll = () => {
      [html.style.overflow, document.body.style.overflow] = before as [string, string];
      restoreScroll = null;
    };
  };
  const close = () => {
    if (panel.hidden) return;
    panel.hidden = true;
    wrapper.classList.remove('open');
    launcher.setAttribute('aria-expanded', 'false');
    restoreScroll?.();
    launcher.focus();
  };
  const open = () => {
    const wasHidden = panel.hidden;
    panel.hidden = false;
    wrapper.classList.add('open');
    launcher.setAttribute('aria-expanded', 'true');
    const full = matchMedia(PHONE_QUERY).matches;
    panel.toggleAttribute('aria-modal', full);
    if (full && !restoreScroll) lockPage();
    if (wasHidden) chat.showLatest();
    chat.focusInput();
  };
  const build = (language: 'zh' | 'en'): ChatView => {
    const strings = stringsFor(language);
    wrapper.setAttribute('lang', strings.locale);
    launcher.setAttribute('aria-label', strings.openChat);
    launcher.title = strings.openChat;
    const view = new ChatView({
      config,
      strings,
      storage,
      page,
      onClose: close,
      onLanguage: () => {
        const next = language === 'zh' ? 'en' : 'zh';
        remember(storage, next);
        chat.dispose();
        chat = build(next);
        panel.replaceChildren(chat.element);
        chat.showLatest();
        chat.focusInput();
      },
    });
    return view;
  };
  let chat = build(lang);
  panel.appendChild(chat.element);
  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Tab' && matchMedia(PHONE_QUERY).matches) keepTabInside(e, panel, root);
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (!chat.handleEscape()) close();
  });
  document.addEventListener('keydown', (e) => {
    if (!isAskShortcut(e)) return;
    e.preventDefault();
    open();
  });

  wrapper.append(launcher, panel);
  root.appendChild(wrapper);
  document.body.appendChild(host);
  if (config.openOnLoad) open();
  return host;
}

/** Fills the page with the chat (GET /): same chat, no launcher, saved conversations listed; /?q=… asks at once. */
export function mountPage(config: WidgetConfig, lang: 'zh' | 'en', storage: Storage | null): HTMLElement {
  const host = document.createElement('wtsa-chat-page');
  const root = shadowWithStyles(host, chatStyles);
  const main = h('main', { class: 'wtsa page', 'data-theme': themeOf(config) });
  const build = (language: 'zh' | 'en'): ChatView => {
    const strings = stringsFor(language);
    document.documentElement.lang = strings.locale;
    main.setAttribute('lang', strings.locale);
    return new ChatView({
      config,
      strings,
      storage,
      page: '',
      withHistory: true,
      onLanguage: () => {
        const next = language === 'zh' ? 'en' : 'zh';
        remember(storage, next);
        chat.dispose();
        chat = build(next);
        main.replaceChildren(chat.element);
        chat.showLatest();
        chat.focusInput();
      },
    });
  };
  let chat = build(lang);
  main.appendChild(chat.element);
  main.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && chat.handleEscape()) e.stopPropagation();
  });
  document.addEventListener('keydown', (e) => {
    if (!isAskShortcut(e)) return;
    e.preventDefault();
    chat.focusInput();
  });
  root.appendChild(main);
  document.body.appendChild(host);
  chat.focusInput();

  const url = new URL(location.href);
  const question = url.searchParams.get('q')?.trim().slice(0, 1000);
  if (question) {
    // Asked once: a reload restores the saved conversation instead of asking again.
    url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    chat.askNew(question);
  }
  return host;
}

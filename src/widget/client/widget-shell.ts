// The floating widget: a launcher button and a chat panel in a shadow root, opened and closed with focus handled.
import { ChatView } from './chat-view.js';
import { h, icon, shadowWithStyles } from './dom.js';
import type { WidgetConfig } from './script-config.js';
import type { Strings } from './strings.js';
import { chatStyles } from './styles.js';

/** Adds the launcher and panel to the page; returns the host element. */
export function mountWidget(config: WidgetConfig, strings: Strings, storage: Storage | null): HTMLElement {
  const host = document.createElement('wtsa-chat-widget');
  const root = shadowWithStyles(host, chatStyles);
  const wrapper = h('div', { class: `wtsa ${config.position}`, lang: config.lang === 'en' ? 'en' : 'zh-CN' });
  const launcher = h(
    'button',
    { class: 'launcher', type: 'button', 'aria-label': strings.openChat, title: strings.openChat, 'aria-expanded': 'false', 'aria-controls': 'wtsa-panel' },
    icon('chat'),
  );
  const panel = h('div', { class: 'panel', id: 'wtsa-panel', role: 'dialog', 'aria-labelledby': 'wtsa-title', hidden: true });

  const close = () => {
    if (panel.hidden) return;
    panel.hidden = true;
    wrapper.classList.remove('open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  };
  const open = () => {
    panel.hidden = false;
    wrapper.classList.add('open');
    launcher.setAttribute('aria-expanded', 'true');
    chat.focusInput();
  };
  const chat = new ChatView({ config, strings, storage, onClose: close });
  panel.appendChild(chat.element);
  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  panel.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (!chat.handleEscape()) close();
  });

  wrapper.append(launcher, panel);
  root.appendChild(wrapper);
  document.body.appendChild(host);
  if (config.openOnLoad) open();
  return host;
}

/** Fills the page with the chat (GET /): same chat, no launcher. */
export function mountPage(config: WidgetConfig, strings: Strings, storage: Storage | null): HTMLElement {
  const host = document.createElement('wtsa-chat-page');
  const root = shadowWithStyles(host, chatStyles);
  const chat = new ChatView({ config, strings, storage });
  const page = h('main', { class: 'wtsa page', lang: config.lang === 'en' ? 'en' : 'zh-CN' }, chat.element);
  page.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && chat.handleEscape()) e.stopPropagation();
  });
  root.appendChild(page);
  document.body.appendChild(host);
  chat.focusInput();
  return host;
}

// The chat itself (header, conversation log, composer, clause drawer), shared by the floating widget and the full page.
import { ApiFailure, askStream, postFeedback } from './api-client.js';
import { CitationDrawer } from './citation-drawer.js';
import { historyFor, loadConversation, saveConversation, storageKey, type Exchange } from './conversation-store.js';
import { h, icon, replaceChildren } from './dom.js';
import { ExchangeView } from './exchange-view.js';
import type { WidgetConfig } from './script-config.js';
import type { Strings } from './strings.js';

/** What a chat needs from the page it lives on. */
export interface ChatViewOptions {
  config: WidgetConfig;
  strings: Strings;
  /** The tab's sessionStorage, or null when the host page blocks it. */
  storage: Storage | null;
  /** Given in widget mode: the header gets a close button that calls it. */
  onClose?: () => void;
}

/** How close to the bottom (px) the log must be scrolled for streamed text to keep it pinned there. */
const STICKY_PX = 80;

/** One chat: restores the tab's conversation, asks with streaming, keeps follow-up history. */
export class ChatView {
  /** The chat's root element. */
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly drawer: CitationDrawer;
  private readonly key: string;
  private exchanges: Exchange[];
  private running: AbortController | null = null;

  constructor(private readonly options: ChatViewOptions) {
    const { config, strings: s } = options;
    this.key = storageKey(config.apiOrigin);
    this.exchanges = loadConversation(options.storage, this.key);
    this.drawer = new CitationDrawer(s, config.apiOrigin);

    const newChat = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.newChatLabel, title: s.newChatLabel, onclick: () => this.reset() }, icon('compose'), s.newChat);
    const close = options.onClose
      ? h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.closeChat, title: s.closeChat, onclick: () => options.onClose?.() }, icon('close'))
      : null;
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-busy': 'false', 'aria-labelledby': 'wtsa-title' });
    this.input = h('textarea', { rows: 1, 'aria-label': s.inputLabel, placeholder: s.placeholder, maxlength: 1000, enterkeyhint: 'send' });
    this.sendButton = h('button', { class: 'send', type: 'submit', 'aria-label': s.send, title: s.send }, icon('send'));
    this.status = h('div', { class: 'sr-only', role: 'status' });
    const form = h('form', { class: 'composer' }, this.input, this.sendButton);

    this.element = h(
      'section',
      { class: 'chat', 'aria-labelledby': 'wtsa-title' },
      h(
        'header',
        { class: 'head' },
        h('span', { class: 'logo', 'aria-hidden': 'true' }, icon('chat')),
        h('div', { class: 'brand' }, h('h2', { id: 'wtsa-title' }, config.title || s.title), h('p', {}, s.subtitle)),
        newChat,
        close,
      ),
      this.log,
      form,
      h('p', { class: 'hint' }, s.hint),
      this.status,
      ...this.drawer.nodes,
    );

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.running) this.running.abort();
      else this.submit();
    });
    this.input.addEventListener('keydown', (e) => {
      // Enter sends, Shift+Enter is a new line; Enter that confirms an IME composition (pinyin) does neither.
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
      e.preventDefault();
      if (!this.running) this.submit();
    });
    this.input.addEventListener('input', () => this.fitInput());
    this.renderConversation();
  }

  /** Moves the keyboard focus to the question box. */
  focusInput(): void {
    this.input.focus();
  }

  /** Handles Esc inside the chat: closes the clause drawer if open; returns whether it did. */
  handleEscape(): boolean {
    if (!this.drawer.isOpen) return false;
    this.drawer.close();
    return true;
  }

  private submit(): void {
    const question = this.input.value.trim();
    if (!question) return;
    this.input.value = '';
    this.fitInput();
    void this.ask(question);
  }

  private fitInput(): void {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight + 2, 160)}px`;
  }

  private renderConversation(): void {
    replaceChildren(this.log);
    if (this.exchanges.length === 0) {
      this.log.appendChild(this.emptyState());
      return;
    }
    for (const exchange of this.exchanges) {
      const view = this.viewFor(exchange.question, () => exchange);
      view.finish(exchange.answer, exchange.rating);
      for (const node of view.nodes) this.log.appendChild(node);
    }
    this.scrollToBottom();
  }

  private emptyState(): HTMLElement {
    const s = this.options.strings;
    return h(
      'div',
      { class: 'empty' },
      h('p', { class: 'welcome' }, s.welcome),
      h('p', { class: 'try' }, s.tryAsking),
      ...s.examples.map((q) => {
        const askExample = () => {
          void this.ask(q);
          this.focusInput();
        };
        return h('button', { class: 'example', type: 'button', onclick: askExample }, q);
      }),
      h('p', { class: 'note' }, s.disclaimer),
    );
  }

  private viewFor(question: string, exchange: () => Exchange | undefined): ExchangeView {
    const { config, strings } = this.options;
    return new ExchangeView(question, {
      strings,
      apiOrigin: config.apiOrigin,
      openClause: (clause, opener) => this.drawer.open(clause, opener),
      rate: async (rating, comment) => {
        const ex = exchange();
        if (!ex) throw new Error('no answer to rate');
        await postFeedback(config.apiOrigin, {
          rating,
          ...(comment ? { comment } : {}),
          question: ex.question,
          answer: ex.answer.answer,
          citations: ex.answer.citations.map(({ id, doc, section, label }) => ({ id, doc, section, label })),
        });
        ex.rating = rating;
        this.save();
      },
    });
  }

  private async ask(question: string): Promise<void> {
    if (this.running) return;
    const { config, strings: s } = this.options;
    this.log.querySelector('.empty')?.remove();
    let exchange: Exchange | undefined;
    const view = this.viewFor(question, () => exchange);
    for (const node of view.nodes) this.log.appendChild(node);
    this.scrollToBottom();

    const controller = new AbortController();
    this.setRunning(controller);
    try {
      const answer = await askStream(
        config.apiOrigin,
        { question, history: historyFor(this.exchanges) },
        {
          onSources: (records) => view.showSources(records),
          onDelta: (text) => {
            const pinned = this.nearBottom();
            view.appendDelta(text);
            if (pinned) requestAnimationFrame(() => this.scrollToBottom());
          },
        },
        controller.signal,
      );
      exchange = { id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`, question, answer };
      this.exchanges.push(exchange);
      this.save();
      view.finish(answer);
      this.status.textContent = s.answerReady;
    } catch (err) {
      const retry = () => {
        for (const node of view.nodes) node.remove();
        void this.ask(question);
      };
      const message = controller.signal.aborted
        ? s.stopped
        : err instanceof ApiFailure
          ? ExchangeView.failureMessage(s, err)
          : s.serverError;
      view.fail(message, retry);
      if (!(err instanceof ApiFailure) && !controller.signal.aborted) console.warn('[wtsa-widget]', err);
    } finally {
      this.setRunning(null);
      if (this.nearBottom(STICKY_PX * 4)) this.scrollToBottom();
    }
  }

  private setRunning(controller: AbortController | null): void {
    const s = this.options.strings;
    this.running = controller;
    this.log.setAttribute('aria-busy', String(Boolean(controller)));
    this.sendButton.classList.toggle('stop', Boolean(controller));
    this.sendButton.setAttribute('aria-label', controller ? s.stop : s.send);
    this.sendButton.title = controller ? s.stop : s.send;
    replaceChildren(this.sendButton, icon(controller ? 'stop' : 'send'));
    if (controller) this.status.textContent = s.generating;
  }

  private reset(): void {
    this.running?.abort();
    this.drawer.close();
    this.exchanges = [];
    this.save();
    this.renderConversation();
    this.focusInput();
  }

  private save(): void {
    saveConversation(this.options.storage, this.key, this.exchanges);
  }

  private nearBottom(px = STICKY_PX): boolean {
    return this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < px;
  }

  private scrollToBottom(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}

// The chat itself (header, conversation log, composer, clause drawer, saved conversations), shared by the widget and the full page.
import { ApiFailure, askStream, postFeedback } from './api-client.js';
import { CitationDrawer } from './citation-drawer.js';
import {
  historyFor,
  loadConversations,
  newId,
  putFirst,
  saveConversations,
  storageKey,
  type Conversation,
  type Exchange,
} from './conversation-store.js';
import { h, icon, replaceChildren } from './dom.js';
import { ExchangeView } from './exchange-view.js';
import { HistoryPanel } from './history-panel.js';
import type { WidgetConfig } from './script-config.js';
import type { Strings } from './strings.js';

/** What a chat needs from the page it lives on. */
export interface ChatViewOptions {
  config: WidgetConfig;
  strings: Strings;
  /** The browser's localStorage, or null when the host page blocks it. */
  storage: Storage | null;
  /** The page the conversation belongs to ("" for the chat page, the host page's URL for a widget). */
  page: string;
  /** Given in widget mode: the header gets a close button that calls it. */
  onClose?: () => void;
  /** Switches the interface language (the header shows the other language). */
  onLanguage?: () => void;
  /** Full page only: a saved-conversations list in the header. */
  withHistory?: boolean;
}

/** Space (px) left above a question scrolled to the top of the log. */
const TOP_GAP = 8;

/** One chat: restores the saved conversation, asks with streaming, keeps follow-up history. */
export class ChatView {
  /** The chat's root element. */
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly drawer: CitationDrawer;
  private readonly history: HistoryPanel | null;
  private readonly key: string;
  private conversation: Conversation;
  private running: AbortController | null = null;

  constructor(private readonly options: ChatViewOptions) {
    const { config, strings: s } = options;
    this.key = storageKey(config.apiOrigin);
    const saved = loadConversations(options.storage, this.key);
    this.conversation = (options.withHistory ? saved[0] : saved.find((c) => c.page === options.page)) ?? this.emptyConversation();
    this.drawer = new CitationDrawer(s, config.apiOrigin);
    this.history = options.withHistory
      ? new HistoryPanel(s, {
          list: () => loadConversations(options.storage, this.key),
          open: (id) => this.open(id),
          remove: (id) => this.remove(id),
          clear: () => this.clearAll(),
        })
      : null;

    const historyButton = this.history
      ? h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.historyLabel, title: s.historyLabel }, icon('history'), s.history)
      : null;
    historyButton?.addEventListener('click', () => this.history?.open(historyButton));
    const language = options.onLanguage
      ? h('button', { class: 'icon-btn', type: 'button', lang: s.locale === 'en' ? 'zh-CN' : 'en', 'aria-label': s.otherLanguageLabel, title: s.otherLanguageLabel, onclick: () => options.onLanguage?.() }, icon('globe'), s.otherLanguage)
      : null;
    const newChat = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.newChatLabel, title: s.newChatLabel, onclick: () => this.reset() }, icon('compose'), s.newChat);
    const close = options.onClose
      ? h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.closeChat, title: s.closeChat, onclick: () => options.onClose?.() }, icon('close'))
      : null;
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-busy': 'false', 'aria-labelledby': 'wtsa-title', tabindex: 0 });
    this.input = h('textarea', { rows: 1, 'aria-label': s.inputLabel, placeholder: s.placeholder, maxlength: 1000, enterkeyhint: 'send' });
    this.sendButton = h('button', { class: 'send', type: 'submit', 'aria-label': s.send, title: s.send }, icon('send'));
    this.status = h('div', { class: 'sr-only', role: 'status' });
    const form = h('form', { class: 'composer' }, this.input, this.sendButton);
    const title = h(options.withHistory ? 'h1' : 'h2', { id: 'wtsa-title' }, config.title || s.title);

    this.element = h(
      'section',
      { class: 'chat', 'aria-labelledby': 'wtsa-title' },
      h(
        'header',
        { class: 'head' },
        h('span', { class: 'logo', 'aria-hidden': 'true' }, icon('chat')),
        h('div', { class: 'brand' }, title, h('p', {}, s.subtitle)),
        h('div', { class: 'tools' }, historyButton, language, newChat, close),
      ),
      this.log,
      form,
      h('p', { class: 'hint' }, s.hint),
      this.status,
      ...this.drawer.nodes,
      this.history?.element,
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

  /** Starts a new conversation with `question` asked (links such as /?q=…). */
  askNew(question: string): void {
    this.reset();
    void this.ask(question);
  }

  /** Scrolls the log so that the last question stands at its top (after a reload or reopening). */
  showLatest(): void {
    const questions = this.log.querySelectorAll<HTMLElement>('.msg-user');
    const last = questions[questions.length - 1];
    if (last) this.scrollToQuestion(last);
  }

  /** Handles Esc inside the chat: closes the clause drawer or the history list if open; returns whether it did. */
  handleEscape(): boolean {
    if (this.drawer.isOpen) {
      this.drawer.close();
      return true;
    }
    return this.history?.close() ?? false;
  }

  /** Stops a running answer (the chat is about to be replaced). */
  dispose(): void {
    this.running?.abort();
  }

  private emptyConversation(): Conversation {
    return { id: newId(), page: this.options.page, updatedAt: Date.now(), exchanges: [] };
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
    if (this.conversation.exchanges.length === 0) {
      this.log.appendChild(this.emptyState());
      return;
    }
    for (const exchange of this.conversation.exchanges) {
      const view = this.viewFor(exchange.question, () => exchange);
      view.finish(exchange.answer, exchange.rating);
      for (const node of view.nodes) this.log.appendChild(node);
    }
    requestAnimationFrame(() => this.showLatest());
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
    const view: ExchangeView = new ExchangeView(question, {
      strings,
      apiOrigin: config.apiOrigin,
      openClause: (clause, opener) => this.drawer.open(clause, opener),
      ask: (q) => {
        if (this.running) return;
        void this.ask(q);
        this.focusInput();
      },
      regenerate: () => {
        const ex = exchange();
        if (!ex || this.running) return;
        void this.ask(ex.question, { replacing: ex, nodes: view.nodes });
      },
      rate: async ({ rating, reason, comment }) => {
        const ex = exchange();
        if (!ex) throw new Error('no answer to rate');
        await postFeedback(config.apiOrigin, {
          rating,
          ...(reason ? { reason } : {}),
          ...(comment ? { comment } : {}),
          ...(ex.answer.id ? { answerId: ex.answer.id } : {}),
          question: ex.question,
          answer: ex.answer.answer,
          citations: ex.answer.citations.map(({ id, doc, section, label }) => ({ id, doc, section, label })),
        });
        ex.rating = rating;
        this.save();
      },
    });
    return view;
  }

  /** Asks `question`; with `regen`, the answer takes the place of an earlier exchange and its view. */
  private async ask(question: string, regen?: { replacing: Exchange; nodes: HTMLElement[] }): Promise<void> {
    if (this.running) return;
    const { config, strings: s } = this.options;
    this.log.querySelector('.empty')?.remove();
    const conversation = this.conversation;
    let exchange: Exchange | undefined;
    const view = this.viewFor(question, () => exchange);
    const at = regen ? conversation.exchanges.indexOf(regen.replacing) : -1;
    const earlier = at >= 0 ? conversation.exchanges.slice(0, at) : conversation.exchanges;
    const anchor = regen?.nodes[0];
    for (const node of view.nodes) this.log.insertBefore(node, anchor?.isConnected ? anchor : null);
    for (const node of regen?.nodes ?? []) node.remove();
    this.followQuestion(view.questionNode);

    const controller = new AbortController();
    this.setRunning(controller);
    try {
      const answer = await askStream(
        config.apiOrigin,
        { question, history: historyFor(earlier) },
        {
          onSources: (records) => view.showSources(records),
          onDelta: (text) => {
            view.appendDelta(text);
            requestAnimationFrame(() => this.followQuestion(view.questionNode));
          },
        },
        controller.signal,
      );
      exchange = { id: newId(), question, answer };
      if (at >= 0) conversation.exchanges.splice(at, 1, exchange);
      else conversation.exchanges.push(exchange);
      if (conversation === this.conversation) this.save();
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
      this.followQuestion(view.questionNode);
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
    this.conversation = this.emptyConversation();
    this.renderConversation();
    this.focusInput();
  }

  private open(id: string): void {
    const found = loadConversations(this.options.storage, this.key).find((c) => c.id === id);
    if (!found) return;
    this.running?.abort();
    this.conversation = found;
    this.renderConversation();
    this.focusInput();
  }

  private remove(id: string): void {
    const rest = loadConversations(this.options.storage, this.key).filter((c) => c.id !== id);
    saveConversations(this.options.storage, this.key, rest);
    if (id === this.conversation.id) {
      this.conversation = this.emptyConversation();
      this.renderConversation();
    }
  }

  private clearAll(): void {
    saveConversations(this.options.storage, this.key, []);
    this.conversation = this.emptyConversation();
    this.renderConversation();
    this.focusInput();
  }

  private save(): void {
    this.conversation.updatedAt = Date.now();
    saveConversations(this.options.storage, this.key, putFirst(loadConversations(this.options.storage, this.key), this.conversation));
  }

  private questionTop(node: HTMLElement): number {
    return node.getBoundingClientRect().top - this.log.getBoundingClientRect().top + this.log.scrollTop - TOP_GAP;
  }

  private scrollToQuestion(node: HTMLElement): void {
    this.log.scrollTop = this.questionTop(node);
  }

  /** Scrolls down with a growing answer until its question reaches the top of the log, then stays: the answer's
   * first line stays in view however long it gets. */
  private followQuestion(node: HTMLElement): void {
    if (!node.isConnected) return;
    const max = this.log.scrollHeight - this.log.clientHeight;
    this.log.scrollTop = Math.max(this.log.scrollTop, Math.min(this.questionTop(node), max));
  }
}

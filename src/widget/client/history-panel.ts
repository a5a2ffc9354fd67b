// The saved-conversations list of the chat page: newest first, open one, delete one, clear all.
import type { Conversation } from './conversation-store.js';
import { h, icon, replaceChildren } from './dom.js';
import type { Strings } from './strings.js';

/** What the list does to the chat's conversations. */
export interface HistoryActions {
  list(): Conversation[];
  open(id: string): void;
  remove(id: string): void;
  clear(): void;
}

/** The panel over the chat listing saved conversations; Esc or ✕ closes it and returns focus to its opener. */
export class HistoryPanel {
  /** The panel, to append to the chat. */
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly closeButton: HTMLButtonElement;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly strings: Strings,
    private readonly actions: HistoryActions,
  ) {
    this.closeButton = h('button', { class: 'icon-btn', type: 'button', 'aria-label': strings.closeHistory, onclick: () => this.close() }, icon('close'));
    this.body = h('div', { class: 'history-body' });
    this.element = h(
      'div',
      { class: 'history', role: 'dialog', 'aria-labelledby': 'wtsa-history-title', hidden: true },
      h('div', { class: 'drawer-head' }, h('h2', { id: 'wtsa-history-title' }, strings.historyLabel), this.closeButton),
      this.body,
    );
  }

  /** Shows the list; `opener` gets the focus back on close. */
  open(opener: HTMLElement): void {
    this.opener = opener;
    this.render();
    this.element.hidden = false;
    this.closeButton.focus();
  }

  /** Hides the list; returns whether it was open. */
  close(): boolean {
    if (this.element.hidden) return false;
    this.element.hidden = true;
    this.opener?.focus();
    return true;
  }

  private render(): void {
    const s = this.strings;
    const conversations = this.actions.list();
    if (conversations.length === 0) {
      replaceChildren(this.body, h('p', { class: 'note' }, s.historyEmpty));
      return;
    }
    const items = conversations.map((c) => {
      const title = c.exchanges[0]?.question ?? '';
      const when = new Date(c.updatedAt).toLocaleString(s.locale, { dateStyle: 'short', timeStyle: 'short' });
      const openIt = h(
        'button',
        { class: 'conv', type: 'button', onclick: () => (this.close(), this.actions.open(c.id)) },
        h('span', { class: 'conv-title' }, title),
        h('span', { class: 'conv-meta' }, `${s.exchangesCount(c.exchanges.length)} · ${when}`),
      );
      const remove = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.deleteConversation(title), title: s.deleteConversation(title) }, icon('trash'));
      const item = h('li', {}, openIt, remove);
      remove.addEventListener('click', () => {
        this.actions.remove(c.id);
        this.render();
        (this.body.querySelector<HTMLElement>('.conv') ?? this.closeButton).focus();
      });
      return item;
    });
    const clear = h('button', { class: 'btn', type: 'button', 'aria-label': s.clearAllLabel }, icon('trash'), s.clearAll);
    clear.addEventListener('click', () => {
      this.actions.clear();
      this.close();
    });
    replaceChildren(this.body, h('ul', { class: 'convs' }, ...items), h('div', { class: 'history-foot' }, h('p', { class: 'note' }, s.historyHint), clear));
  }
}

// One question and its answer in the chat: sources first, the streamed text, citations, actions, feedback, errors.
import { documentName } from '../../corpus/document-name.js';
import { answerPlainText, parseAnswer } from './answer-segments.js';
import type { ApiFailure } from './api-client.js';
import type { WidgetAnswer, WidgetCitation, WidgetRecord } from './api-schemas.js';
import type { ClauseToShow } from './citation-drawer.js';
import { clausePlace, docFullName, docViewPath } from './doc-name.js';
import { append, h, icon, replaceChildren } from './dom.js';
import type { Strings } from './strings.js';

/** What an exchange view needs from its chat. */
export interface ExchangeViewDeps {
  strings: Strings;
  apiOrigin: string;
  openClause(clause: ClauseToShow, opener: HTMLElement): void;
  /** Stores a rating (and optional comment); rejects when it could not be stored. */
  rate(rating: 'up' | 'down', comment: string): Promise<void>;
}

const SOURCE_CHIPS = 4;
let formCount = 0;

/** The view of one exchange; starts pending, then streams, then finishes or fails. */
export class ExchangeView {
  /** The user's message and the assistant's reply, to append to the log. */
  readonly nodes: HTMLElement[];
  private readonly bot: HTMLElement;
  private readonly sources: HTMLElement;
  private body: HTMLElement;
  private readonly footer: HTMLElement;
  private streamed = '';
  private renderQueued = false;

  constructor(
    question: string,
    private readonly deps: ExchangeViewDeps,
  ) {
    const s = deps.strings;
    this.sources = h('div', { class: 'sources' });
    this.body = h('div', { class: 'pending' }, h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), s.searching);
    this.footer = h('div', { class: 'footer' });
    this.bot = h('article', { class: 'msg-bot', 'aria-label': s.assistant }, this.sources, this.body, this.footer);
    this.nodes = [h('div', { class: 'msg-user', 'aria-label': s.you }, question), this.bot];
  }

  /** Shows the retrieved records as "consulting" chips before any text arrives. */
  showSources(records: WidgetRecord[]): void {
    const top = records.slice(0, SOURCE_CHIPS);
    if (top.length === 0) return;
    replaceChildren(
      this.sources,
      h('span', {}, this.deps.strings.consulted),
      ...top.map((r) => {
        const chip = h('button', { class: 'chip', type: 'button', title: docFullName(r.doc, r.docTitle) }, `${documentName(r.doc)} · ${clausePlace(r)}`);
        chip.addEventListener('click', () => this.deps.openClause({ record: r }, chip));
        return chip;
      }),
    );
  }

  /** Adds streamed text; rendering is batched to one update per frame. */
  appendDelta(text: string): void {
    this.streamed += text;
    this.bot.classList.add('streaming');
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      if (this.bot.classList.contains('streaming')) this.renderAnswer(this.streamed, null);
    });
  }

  /** Renders the final answer (authoritative over the streamed text); `rating` restores an earlier rating. */
  finish(answer: WidgetAnswer, rating?: 'up' | 'down'): void {
    this.bot.classList.remove('streaming');
    if (answer.refused) {
      replaceChildren(this.sources);
      this.renderRefusal(answer);
    } else {
      this.renderCitations(answer.citations);
      this.renderAnswer(answer.answer, answer.citations);
    }
    const plain = answerPlainText(
      answer.answer,
      answer.citations.map((c) => ({ n: c.n, name: docFullName(c.doc, c.docTitle), place: clausePlace(c) })),
    );
    replaceChildren(this.footer, this.actions(plain, rating));
  }

  /** Replaces the reply with an error message and a retry button. */
  fail(message: string, onRetry: () => void): void {
    this.bot.classList.remove('streaming');
    replaceChildren(this.sources);
    replaceChildren(this.footer);
    const retry = h('button', { class: 'icon-btn', type: 'button', onclick: () => onRetry() }, icon('retry'), this.deps.strings.retry);
    const box = h('div', { class: 'error', role: 'alert' }, h('p', {}, icon('alert'), h('span', {}, message)), retry);
    this.replaceBody(box);
  }

  /** The message shown for a failed request. */
  static failureMessage(strings: Strings, failure: ApiFailure): string {
    switch (failure.kind) {
      case 'offline':
        return strings.offline;
      case 'interrupted':
        return strings.interrupted;
      case 'rate_limited':
        return strings.rateLimited(failure.retryAfterSeconds);
      case 'bad_request':
        return `${strings.badRequest}${failure.message}`;
      default:
        return strings.serverError;
    }
  }

  private replaceBody(next: HTMLElement): void {
    this.body.replaceWith(next);
    this.body = next;
  }

  private renderAnswer(text: string, citations: WidgetCitation[] | null): void {
    const byN = new Map((citations ?? []).map((c) => [c.n, c]));
    const answer = h('div', { class: 'answer' });
    for (const block of parseAnswer(text)) {
      const p = h('p');
      block.forEach((line, i) => {
        const target =
          line.kind === 'bullet'
            ? h('span', { class: line.depth ? 'li li2' : 'li' })
            : line.kind === 'heading'
              ? h('strong', { class: 'h' })
              : p;
        if (line.kind === 'line' && i > 0) p.appendChild(h('br'));
        for (const piece of line.inlines) {
          if (piece.kind === 'text') append(target, piece.text);
          else if (piece.kind === 'strong') append(target, h('strong', {}, piece.text));
          else attachMarker(target, this.marker(piece.n, byN.get(piece.n)));
        }
        if (target !== p) p.appendChild(target);
      });
      answer.appendChild(p);
    }
    this.replaceBody(answer);
  }

  private marker(n: number, citation: WidgetCitation | undefined): HTMLElement {
    if (!citation) return h('span', { class: 'marker', 'aria-hidden': 'true' }, String(n));
    const button = h(
      'button',
      {
        class: 'marker',
        type: 'button',
        'aria-label': `${this.deps.strings.citationLabel(n)}：${documentName(citation.doc)} ${clausePlace(citation)}`,
      },
      String(n),
    );
    button.addEventListener('click', () => this.deps.openClause({ record: citation, n, quote: citation.quote }, button));
    return button;
  }

  private renderCitations(citations: WidgetCitation[]): void {
    if (citations.length === 0) {
      replaceChildren(this.sources);
      return;
    }
    const list = h('div', { class: 'cites' }, h('p', { class: 'cites-title' }, this.deps.strings.sourcesHeading));
    for (const c of [...citations].sort((a, b) => a.n - b.n)) {
      const button = h(
        'button',
        { class: 'cite', type: 'button', 'aria-label': `${this.deps.strings.citationLabel(c.n)}：${docFullName(c.doc, c.docTitle)} ${clausePlace(c)}` },
        h('span', { class: 'num' }, String(c.n)),
        h('span', { class: 'what', title: `${docFullName(c.doc, c.docTitle)} ${clausePlace(c)}` }, `${documentName(c.doc)} `, h('span', { class: 'where' }, clausePlace(c))),
      );
      button.addEventListener('click', () => this.deps.openClause({ record: c, n: c.n, quote: c.quote }, button));
      list.appendChild(button);
    }
    replaceChildren(this.sources, list);
  }

  private renderRefusal(answer: WidgetAnswer): void {
    const s = this.deps.strings;
    const box = h(
      'div',
      { class: 'refused' },
      h('h3', {}, icon('info'), s.refusedHeading),
      h('div', { class: 'answer' }, answer.answer),
    );
    if (answer.suggestions.length > 0) {
      append(
        box,
        h('p', { class: 'suggest-title' }, s.suggestionsHeading),
        h(
          'ul',
          { class: 'suggest' },
          ...answer.suggestions.map((d) =>
            h('li', {}, h('a', { href: `${this.deps.apiOrigin}${docViewPath(d.doc)}`, target: '_blank', rel: 'noopener' }, docFullName(d.doc, d.title))),
          ),
        ),
      );
    }
    this.replaceBody(box);
  }

  private actions(plain: string, rating: 'up' | 'down' | undefined): HTMLElement {
    const s = this.deps.strings;
    const note = h('span', { class: 'fb-note', role: 'status' });
    const copyLabel = h('span', {}, s.copy);
    const copy = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.copyLabel }, icon('copy'), copyLabel);
    copy.addEventListener('click', () => {
      void copyText(plain).then((ok) => {
        if (!ok) return;
        copyLabel.textContent = s.copied;
        setTimeout(() => (copyLabel.textContent = s.copy), 2000);
      });
    });
    const up = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.helpful, 'aria-pressed': String(rating === 'up') }, icon('up'));
    const down = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.notHelpful, 'aria-pressed': String(rating === 'down') }, icon('down'));
    const row = h('div', { class: 'actions' }, copy, up, down, note);
    const wrap = h('div', {}, row);
    const lock = (chosen: 'up' | 'down') => {
      up.setAttribute('aria-pressed', String(chosen === 'up'));
      down.setAttribute('aria-pressed', String(chosen === 'down'));
      up.disabled = down.disabled = true;
      note.textContent = s.feedbackThanks;
    };
    if (rating) {
      up.disabled = down.disabled = true;
    }
    const submit = async (chosen: 'up' | 'down', comment: string) => {
      up.disabled = down.disabled = true;
      try {
        await this.deps.rate(chosen, comment);
        lock(chosen);
        return true;
      } catch {
        up.disabled = down.disabled = false;
        note.textContent = s.feedbackFailed;
        return false;
      }
    };
    up.addEventListener('click', () => void submit('up', ''));
    down.addEventListener('click', () => {
      const existing = wrap.querySelector('.fb-form');
      if (existing) return;
      const fieldId = `wtsa-fb-${++formCount}`;
      const field = h('textarea', { id: fieldId, rows: 3, maxlength: 2000, placeholder: s.feedbackPlaceholder });
      const form = h(
        'form',
        { class: 'fb-form' },
        h('label', { for: fieldId }, s.feedbackPrompt),
        field,
        h(
          'div',
          { class: 'fb-row' },
          h('button', { class: 'btn', type: 'button', onclick: () => (form.remove(), down.focus()) }, s.feedbackCancel),
          h('button', { class: 'btn btn-primary', type: 'submit' }, s.feedbackSubmit),
        ),
      );
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        void submit('down', field.value.trim()).then((ok) => {
          if (ok) {
            form.remove();
            down.focus();
          }
        });
      });
      form.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Escape') {
          e.stopPropagation();
          form.remove();
          down.focus();
        }
      });
      wrap.appendChild(form);
      field.focus();
    });
    return wrap;
  }
}

/** Appends a marker glued to the character before it (and to markers right before it), so it never wraps alone. */
function attachMarker(target: HTMLElement, marker: HTMLElement): void {
  const last = target.lastChild;
  if (last instanceof HTMLElement && last.classList.contains('nowrap')) {
    last.appendChild(marker);
    return;
  }
  const text = last?.nodeType === Node.TEXT_NODE ? (last.textContent ?? '') : '';
  const ch = Array.from(text).pop();
  if (!last || !ch) {
    target.appendChild(marker);
    return;
  }
  last.textContent = text.slice(0, text.length - ch.length);
  target.appendChild(h('span', { class: 'nowrap' }, ch, marker));
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h('textarea', { class: 'sr-only', readonly: true });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

// One question and its answer in the chat: the streamed text, its state (hedged, rewritten), sources, follow-ups, actions, errors.
import { documentName } from '../../corpus/document-name.js';
import { answerPlainText, parseAnswer } from './answer-segments.js';
import { copyText } from './clipboard.js';
import { feedbackForm } from './feedback-form.js';
import { followUpQuestions } from './follow-ups.js';
import type { ApiFailure } from './api-client.js';
import type { WidgetAnswer, WidgetCitation, WidgetRecord } from './api-schemas.js';
import type { ClauseToShow } from './citation-drawer.js';
import { clausePlace, docFullName, docViewPath } from './doc-name.js';
import { append, h, icon, replaceChildren } from './dom.js';
import type { FeedbackReason } from '../../feedback/types.js';
import type { Strings } from './strings.js';
import { PHONE_QUERY } from './styles.js';

/** How a reply was rated, and why (reason and note only for 👎). */
export interface Rating {
  rating: 'up' | 'down';
  reason?: FeedbackReason;
  comment?: string;
}

/** What an exchange view needs from its chat. */
export interface ExchangeViewDeps {
  strings: Strings;
  apiOrigin: string;
  openClause(clause: ClauseToShow, opener: HTMLElement): void;
  /** Stores a rating; rejects when it could not be stored. */
  rate(rating: Rating): Promise<void>;
  /** Asks a new question in the same conversation (follow-up suggestions). */
  ask(question: string): void;
  /** Asks this exchange's question again in its place. */
  regenerate(): void;
}

const SOURCE_CHIPS = 4;

/** The view of one exchange; starts pending, then streams, then finishes or fails. */
export class ExchangeView {
  /** The user's message and the assistant's reply, to append to the log. */
  readonly nodes: HTMLElement[];
  /** The user's message (scrolled to the top of the log when an answer arrives). */
  readonly questionNode: HTMLElement;
  private readonly bot: HTMLElement;
  private readonly sources: HTMLElement;
  /** How the answer stands: the rewritten question, the hedge badge. */
  private readonly standing: HTMLElement;
  private body: HTMLElement;
  private readonly after: HTMLElement;
  private streamed = '';
  private renderQueued = false;

  constructor(
    private readonly question: string,
    private readonly deps: ExchangeViewDeps,
  ) {
    const s = deps.strings;
    this.sources = h('div', { class: 'sources' });
    this.body = h('div', { class: 'pending' }, h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), s.searching);
    this.standing = h('div', { class: 'standing' });
    this.after = h('div', { class: 'after' });
    this.bot = h('article', { class: 'msg-bot', 'aria-label': s.assistant }, this.sources, this.standing, this.body, this.after);
    this.questionNode = h('div', { class: 'msg-user' }, question);
    this.nodes = [this.questionNode, this.bot];
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
    const s = this.deps.strings;
    this.bot.classList.remove('streaming');
    replaceChildren(this.sources);
    const hedged = !answer.refused && answer.confidence === 'low';
    this.bot.classList.toggle('hedged', hedged);
    if (answer.refused) this.renderRefusal(answer);
    else this.renderAnswer(answer.answer, answer.citations);
    const resolved = answer.resolvedQuestion?.trim();
    replaceChildren(
      this.standing,
      resolved && resolved !== this.question.trim() && h('p', { class: 'resolved' }, s.resolvedAs, h('q', {}, resolved)),
      hedged && h('p', { class: 'badge-hedged', role: 'note' }, icon('info'), h('strong', {}, s.hedgedBadge), h('span', { class: 'sr-only' }, `：${s.hedgedNote}`)),
    );
    const plain = answerPlainText(
      answer.answer,
      answer.citations.map((c) => ({ n: c.n, name: docFullName(c.doc, c.docTitle), place: clausePlace(c) })),
    );
    const followUps = followUpQuestions(resolved || this.question, answer, s.followUps);
    replaceChildren(
      this.after,
      answer.refused ? null : this.citationList(answer.citations),
      followUps.length > 0 &&
        h(
          'div',
          { class: 'followups' },
          h('p', { class: 'followups-title' }, s.followUpsHeading),
          ...followUps.map((q) => h('button', { class: 'followup', type: 'button', onclick: () => this.deps.ask(q) }, q)),
        ),
      this.actions(plain, answer.id, rating),
    );
  }

  /** Replaces the reply with an error message and a retry button. */
  fail(message: string, onRetry: () => void): void {
    this.bot.classList.remove('streaming');
    replaceChildren(this.sources);
    replaceChildren(this.standing);
    replaceChildren(this.after);
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
      case 'busy':
        return strings.busy(failure.retryAfterSeconds);
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

  /** The cited clauses under the answer: open on wider screens, collapsed on phones. */
  private citationList(citations: WidgetCitation[]): HTMLElement | null {
    if (citations.length === 0) return null;
    const s = this.deps.strings;
    const list = h('details', { class: 'cites', open: !matchMedia(PHONE_QUERY).matches }, h('summary', { class: 'cites-title' }, s.sourcesCount(citations.length)));
    for (const c of [...citations].sort((a, b) => a.n - b.n)) {
      const button = h(
        'button',
        { class: 'cite', type: 'button', title: `${docFullName(c.doc, c.docTitle)} ${clausePlace(c)}` },
        h('span', { class: 'num' }, String(c.n)),
        h('span', { class: 'what' }, `${documentName(c.doc)} `, h('span', { class: 'where' }, clausePlace(c))),
      );
      button.addEventListener('click', () => this.deps.openClause({ record: c, n: c.n, quote: c.quote }, button));
      list.appendChild(button);
    }
    return list;
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

  private actions(plain: string, answerId: string | undefined, rating: 'up' | 'down' | undefined): HTMLElement {
    const s = this.deps.strings;
    const note = h('span', { class: 'fb-note', role: 'status' });
    const flash = (label: HTMLElement, text: string, back: string) => {
      label.textContent = text;
      setTimeout(() => (label.textContent = back), 2000);
    };
    const copyLabel = h('span', {}, s.copy);
    const copy = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.copyLabel }, icon('copy'), copyLabel);
    copy.addEventListener('click', () => void copyText(plain).then((ok) => ok && flash(copyLabel, s.copied, s.copy)));
    let share: HTMLElement | null = null;
    if (answerId) {
      const url = `${this.deps.apiOrigin}/a/${encodeURIComponent(answerId)}`;
      const shareLabel = h('span', {}, s.share);
      share = h('button', { class: 'icon-btn share', type: 'button', title: s.shareLabel, 'data-url': url }, icon('share'), shareLabel);
      share.addEventListener('click', () => {
        // Phones get the system share sheet; elsewhere (or when it is dismissed) the link is copied.
        const sheet = matchMedia('(pointer: coarse)').matches && navigator.share ? navigator.share({ url }).then(() => true, () => false) : Promise.resolve(false);
        void sheet.then(async (shared) => {
          if (!shared && (await copyText(url))) flash(shareLabel, s.linkCopied, s.share);
        });
      });
    }
    const regenerate = h('button', { class: 'icon-btn', type: 'button', title: s.regenerateLabel, onclick: () => this.deps.regenerate() }, icon('retry'), s.regenerate);
    const up = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.helpful, title: s.helpful, 'aria-pressed': String(rating === 'up') }, icon('up'));
    const down = h('button', { class: 'icon-btn', type: 'button', 'aria-label': s.notHelpful, title: s.notHelpful, 'aria-pressed': String(rating === 'down') }, icon('down'));
    const row = h('div', { class: 'actions' }, copy, share, regenerate, up, down, note);
    const wrap = h('div', { class: 'footer' }, row);
    const showVote = (chosen: 'up' | 'down') => {
      up.setAttribute('aria-pressed', String(chosen === 'up'));
      down.setAttribute('aria-pressed', String(chosen === 'down'));
      up.disabled = down.disabled = true;
      note.textContent = chosen === 'up' ? s.votedUp : s.votedDown;
    };
    if (rating) showVote(rating);
    const submit = async (r: Rating) => {
      up.disabled = down.disabled = true;
      try {
        await this.deps.rate(r);
        showVote(r.rating);
        note.textContent = `${s.feedbackThanks} ${note.textContent}`;
        return true;
      } catch {
        up.disabled = down.disabled = false;
        note.textContent = s.feedbackFailed;
        return false;
      }
    };
    up.addEventListener('click', () => void submit({ rating: 'up' }));
    down.addEventListener('click', () => {
      if (wrap.querySelector('.fb-form')) return;
      const closeForm = () => {
        form.remove();
        down.focus();
      };
      const form = feedbackForm(s, ({ reason, comment }) => submit({ rating: 'down', reason, ...(comment ? { comment } : {}) }), closeForm);
      wrap.appendChild(form);
      form.querySelector<HTMLElement>('.reason')?.focus();
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

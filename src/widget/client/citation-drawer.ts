// The panel that opens over the chat to show one cited clause: document, place, text with the quote highlighted, its
// footnotes (or, for a footnote, the clauses that refer to it), full-text link.
import { fetchRecordWithNotes } from './api-client.js';
import type { WidgetRecord, WidgetRecordWithNotes } from './api-schemas.js';
import { clausePlace, clauseReference, docFullName, docViewPath } from './doc-name.js';
import { h, icon, replaceChildren } from './dom.js';
import { splitAtQuote } from './quote-split.js';
import type { Strings } from './strings.js';

/** A clause to show: a record, with its marker number and quote when it is a citation. */
export interface ClauseToShow {
  record: WidgetRecord;
  n?: number;
  quote?: string;
}

/** The clause drawer of one chat; one clause at a time, Esc or ✕ closes it and returns focus to what opened it. */
export class CitationDrawer {
  /** The scrim and the drawer, to append to the chat. */
  readonly nodes: HTMLElement[];
  private readonly scrim: HTMLElement;
  private readonly drawer: HTMLElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  private readonly closeButton: HTMLButtonElement;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly strings: Strings,
    private readonly apiOrigin: string,
  ) {
    this.scrim = h('div', { class: 'scrim', hidden: true, onclick: () => this.close() });
    this.title = h('h3', { id: 'wtsa-drawer-title' });
    this.closeButton = h('button', { class: 'icon-btn', type: 'button', 'aria-label': strings.closeCitation, onclick: () => this.close() }, icon('close'));
    this.body = h('div', { class: 'drawer-body' });
    this.drawer = h(
      'div',
      { class: 'drawer', role: 'dialog', 'aria-labelledby': 'wtsa-drawer-title', hidden: true },
      h('div', { class: 'drawer-head' }, this.title, this.closeButton),
      this.body,
    );
    this.nodes = [this.scrim, this.drawer];
  }

  /** True while a clause is shown. */
  get isOpen(): boolean {
    return !this.drawer.hidden;
  }

  /** Shows a clause; `opener` gets the focus back on close. */
  open(clause: ClauseToShow, opener: HTMLElement): void {
    const { record, n, quote } = clause;
    this.opener = opener;
    this.title.textContent = n !== undefined ? this.strings.citationHeading(n) : this.strings.citedClause;
    const split = quote ? splitAtQuote(record.text, quote) : null;
    const text = split
      ? h('blockquote', { class: 'clause' }, split.before, h('mark', {}, split.quote), split.after)
      : h('blockquote', { class: 'clause' }, record.text);
    replaceChildren(
      this.body,
      h('p', { class: 'docname' }, docFullName(record.doc, record.docTitle)),
      h('p', { class: 'place' }, clausePlace(record)),
      text,
      split && h('p', { class: 'note' }, this.strings.quotedPart),
      this.footnoteLinks(record),
      h(
        'a',
        {
          class: 'doclink',
          href: `${this.apiOrigin}${docViewPath(record.doc, record.id, split ? { from: split.before.length, to: split.before.length + split.quote.length } : undefined)}`,
          target: '_blank',
          rel: 'noopener',
        },
        icon('doc'),
        this.strings.openDocument,
        icon('external'),
      ),
    );
    this.scrim.hidden = false;
    this.drawer.hidden = false;
    this.closeButton.focus();
  }

  /** A place beneath the clause, filled from the API with its footnotes or, for a footnote, the clauses that refer to
   * it; null when the record has neither. A failed fetch leaves it empty (footnotes are extra, never in the way), and
   * one that ends after another clause was opened fills a place no longer shown. */
  private footnoteLinks(record: WidgetRecord): HTMLElement | null {
    if (!record.notes?.length && !record.meta?.footnote) return null;
    const place = h('div', { class: 'fnotes' });
    fetchRecordWithNotes(this.apiOrigin, record.id).then(
      (found) => replaceChildren(place, ...this.renderFootnoteLinks(found)),
      () => undefined,
    );
    return place;
  }

  private renderFootnoteLinks({ footnotes, referredBy }: WidgetRecordWithNotes): HTMLElement[] {
    const link = (r: WidgetRecord, ...text: string[]) =>
      h('a', { href: `${this.apiOrigin}${docViewPath(r.doc, r.id)}`, target: '_blank', rel: 'noopener' }, ...text);
    const notes = footnotes.map((f) => h('p', { class: 'fnote' }, link(f, this.strings.footnoteLabel(f.label)), f.text));
    if (referredBy.length === 0) return notes;
    const refs = referredBy.flatMap((r, i) => [i > 0 ? '、' : '', link(r, clauseReference(r))]);
    return [...notes, h('p', { class: 'fnote' }, this.strings.seeClauses, ...refs)];
  }

  /** Hides the drawer and returns the focus to its opener. */
  close(): void {
    if (!this.isOpen) return;
    this.scrim.hidden = true;
    this.drawer.hidden = true;
    this.opener?.focus();
    this.opener = null;
  }
}

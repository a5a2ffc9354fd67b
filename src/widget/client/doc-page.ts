// The document view page (GET /docs/:id): a table of contents, the whole document by sections and labels, footnote
// markers linked to the footnotes at its end and back, the cited clause highlighted and in view.
import { documentName } from '../../corpus/document-name.js';
import { ApiFailure, fetchDocument } from './api-client.js';
import type { WidgetDocumentView, WidgetRecord } from './api-schemas.js';
import { clausePlace, docFullName, docViewPath, type TextSpan } from './doc-name.js';
import { h, icon, replaceChildren, shadowWithStyles } from './dom.js';
import { footnoteNumber, footnotesOf, referrersOf } from '../../corpus/footnote-links.js';
import { splitAtQuote, type QuoteSplit } from './quote-split.js';
import type { WidgetConfig } from './script-config.js';
import type { Strings } from './strings.js';
import { docStyles } from './styles.js';

/** What a document view URL points at: the document, a cited clause, and the quoted part of it by offsets
 * (/docs/<id>?clause=…&from=…&to=…; `q`, the quote's text, is still read from links made before offsets). */
export interface DocTarget {
  doc: string;
  clause: string | null;
  span: TextSpan | null;
  quote: string | null;
}

const offset = (v: string | null) => (v !== null && /^\d{1,6}$/.test(v) ? Number(v) : null);

/** Reads a document view URL; null when it names no document. */
export function docTarget(url: URL): DocTarget | null {
  const m = /^\/docs\/(.+)$/.exec(url.pathname);
  if (!m?.[1]) return null;
  const from = offset(url.searchParams.get('from'));
  const to = offset(url.searchParams.get('to'));
  try {
    return {
      doc: decodeURIComponent(m[1]),
      clause: url.searchParams.get('clause'),
      span: from !== null && to !== null && to > from ? { from, to } : null,
      quote: url.searchParams.get('q'),
    };
  } catch {
    return null;
  }
}

/** The clause text cut around the highlighted part: by offsets when they fit the text, else by the quote. */
function highlighted(text: string, target: Pick<DocTarget, 'span' | 'quote'>): QuoteSplit | null {
  const { span, quote } = target;
  if (span && span.to <= text.length) return { before: text.slice(0, span.from), quote: text.slice(span.from, span.to), after: text.slice(span.to) };
  return quote ? splitAtQuote(text, quote) : null;
}

/** How one record is drawn: its nesting depth, whether it is the cited one, and what follows its text. */
interface RowOptions {
  depth: number;
  highlight: { target: DocTarget; label: string } | null;
  /** Footnote marker links or back-links, after the text. */
  after: HTMLElement[];
}

function recordRow(record: WidgetRecord, { depth, highlight, after }: RowOptions): HTMLElement {
  const split = highlight ? highlighted(record.text, highlight.target) : null;
  const text = split
    ? h('span', { class: 'text' }, split.before, h('mark', {}, split.quote), split.after)
    : h('span', { class: 'text' }, record.text);
  text.append(...after);
  const row = h(
    'div',
    { class: `rec d${Math.min(depth, 3)}${highlight ? ' hl' : ''}`, 'data-id': record.id, tabindex: -1 },
    record.label ? h('span', { class: 'label' }, record.label) : null,
    text,
  );
  if (highlight) {
    text.prepend(h('span', { class: 'cited' }, highlight.label));
    row.setAttribute('aria-current', 'true');
  }
  return row;
}

/** Links that stay inside one rendered document: rows are kept by record id, and a click on a link scrolls to its
 * target, focuses it and marks it as the one jumped to (the previous mark goes). */
class PageLinks {
  private readonly rows = new Map<string, HTMLElement>();
  private last: HTMLElement | null = null;

  /** Remembers a record's row as a target of links; returns the row. */
  keep(id: string, row: HTMLElement): HTMLElement {
    this.rows.set(id, row);
    return row;
  }

  /** A link with a real URL (for a new tab) that jumps to a record's row, or to an element, when clicked. */
  link(props: { class: string; href: string; 'aria-label': string }, text: string, to: string | HTMLElement): HTMLAnchorElement {
    const jump = (e: Event) => {
      e.preventDefault();
      const target = typeof to === 'string' ? this.rows.get(to) : to;
      if (!target) return;
      this.last?.classList.remove('jumped');
      target.classList.add('jumped');
      this.last = target;
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    };
    return h('a', { ...props, onclick: jump }, text);
  }
}

function renderDocument(view: WidgetDocumentView, target: DocTarget, s: Strings): HTMLElement[] {
  const { document: doc } = view;
  const links = new PageLinks();
  const notes = view.records.filter((r) => footnoteNumber(r) !== null);
  const records = view.records.filter((r) => footnoteNumber(r) === null);
  const status = doc.status === 'ADD' ? s.statusADD : doc.status === 'MOD' ? s.statusMOD : null;
  const titleText = doc.title || docFullName(doc.doc, doc.title);
  const title = h('h1', { tabindex: -1 }, titleText);
  /** Superscript links from a clause's markers to its footnotes. */
  const markers = (list: WidgetRecord[]) =>
    list.map((f) =>
      h('sup', { class: 'fnref' }, links.link({ class: 'fn-link', href: docViewPath(doc.doc, f.id), 'aria-label': s.footnoteRef(f.label) }, f.label, f.id)),
    );
  // A footnote no clause refers to had its marker on the title or the identifier line.
  const onTitle = notes.filter((f) => referrersOf(f, records).length === 0);
  title.append(...markers(onTitle));

  const nodes: HTMLElement[] = [
    h('div', { class: 'status-line' }, h('span', {}, documentName(doc.doc)), status && h('span', { class: 'badge' }, status)),
    title,
  ];
  if (doc.history.length > 0) nodes.push(h('p', { class: 'history' }, `（${doc.history.join('；')}）`));
  if (target.clause && !view.records.some((r) => r.id === target.clause)) nodes.push(h('p', { class: 'banner', role: 'alert' }, s.clauseNotFound));

  const highlightOf = (r: WidgetRecord) => (r.id === target.clause ? { target, label: s.citedClause } : null);
  const depthOf = new Map<string, number>();
  const renderRecords = (list: WidgetRecord[]) =>
    list.map((r) => {
      const depth = r.parentId ? (depthOf.get(r.parentId) ?? 0) + 1 : 0;
      depthOf.set(r.id, depth);
      return links.keep(r.id, recordRow(r, { depth, highlight: highlightOf(r), after: markers(footnotesOf(r, notes)) }));
    });
  // The 脚注 sections are drawn as the document's footnotes at its end, not among its sections.
  const noteSections = new Set(notes.map((r) => r.sectionIndex ?? -1));
  const sections = doc.sections.filter((x) => !noteSections.has(x.index)).sort((a, b) => a.index - b.index);
  const bySection = new Map<number, WidgetRecord[]>();
  for (const r of records) {
    const list = bySection.get(r.sectionIndex ?? -1) ?? [];
    list.push(r);
    bySection.set(r.sectionIndex ?? -1, list);
  }
  const known = new Set(sections.map((x) => x.index));
  const headings: HTMLElement[] = [];
  const body: HTMLElement[] = [];
  for (const section of sections) {
    const heading = h('h2', { id: `s-${section.index}`, tabindex: -1 }, section.heading);
    headings.push(heading);
    body.push(h('section', {}, heading, ...renderRecords(bySection.get(section.index) ?? [])));
  }
  // Records outside every listed section (none in the corpus today) are still shown, never dropped.
  for (const [index, list] of bySection) if (!known.has(index)) body.push(...renderRecords(list));

  if (notes.length > 0) {
    const heading = h('h2', { id: 's-footnotes', tabindex: -1 }, s.footnotes);
    headings.push(heading);
    /** Links from a footnote back to the clauses that carry its marker, or to the title. */
    const backLinks = (f: WidgetRecord) => {
      const referrers = referrersOf(f, records);
      if (referrers.length === 0) return [links.link({ class: 'fn-back', href: docViewPath(doc.doc), 'aria-label': s.backToText(titleText) }, '↩', title)];
      return referrers.map((r) =>
        links.link({ class: 'fn-back', href: docViewPath(doc.doc, r.id), 'aria-label': s.backToText(clausePlace(r)) }, '↩', r.id),
      );
    };
    const rows = notes.map((f) => links.keep(f.id, recordRow(f, { depth: 0, highlight: highlightOf(f), after: backLinks(f) })));
    body.push(h('section', { class: 'footnotes', 'aria-labelledby': heading.id }, heading, ...rows));
  }
  if (headings.length > 1) nodes.push(tableOfContents(headings, s));
  nodes.push(...body);
  return nodes;
}

/** The list of sections at the top of a document; a click scrolls to the section and moves the focus there. */
function tableOfContents(headings: HTMLElement[], s: Strings): HTMLElement {
  const links = headings.map((heading) => {
    const link = h('a', { href: `#${heading.id}` }, heading.textContent ?? '');
    link.addEventListener('click', (e) => {
      // Fragment links do not reach into shadow roots: scroll by hand.
      e.preventDefault();
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    });
    return h('li', {}, link);
  });
  return h('nav', { class: 'toc', 'aria-labelledby': 'wtsa-toc' }, h('h2', { id: 'wtsa-toc' }, s.toc), h('ol', {}, ...links));
}

/** Renders the document view page into the body and scrolls the cited clause into view. */
export async function mountDocPage(config: WidgetConfig, strings: Strings): Promise<void> {
  const host = document.createElement('wtsa-doc-view');
  const root = shadowWithStyles(host, docStyles);
  const content = h('div', { class: 'state', role: 'status' }, strings.docLoading);
  const page = h(
    'main',
    { class: 'wtsa doc-page', lang: strings.locale, 'data-theme': config.theme === 'auto' ? null : config.theme },
    h(
      'nav',
      { class: 'topbar', 'aria-label': strings.title },
      h('a', { href: `${config.apiOrigin}/` }, icon('back'), strings.backToChat),
      h('a', { href: `${config.apiOrigin}/docs/` }, icon('doc'), strings.allDocuments),
    ),
    content,
  );
  root.appendChild(page);
  document.body.appendChild(host);

  const target = docTarget(new URL(location.href));
  if (!target) {
    replaceChildren(content, strings.docNotFound);
    return;
  }
  try {
    const view = await fetchDocument(config.apiOrigin, target.doc);
    document.title = `${documentName(view.document.doc)} ${view.document.title} — ${strings.title}`;
    content.replaceWith(...renderDocument(view, target, strings));
    const cited = root.querySelector<HTMLElement>('.rec.hl');
    if (cited) {
      // A long clause (Res 2 annex entries run to a screenful) is scrolled to its quoted part.
      (cited.querySelector('mark') ?? cited).scrollIntoView({ block: 'center' });
      cited.focus({ preventScroll: true });
    }
  } catch (err) {
    const notFound = err instanceof ApiFailure && err.kind === 'not_found';
    content.setAttribute('role', 'alert');
    replaceChildren(content, notFound ? strings.docNotFound : strings.docLoadFailed);
  }
}

// The document view page (GET /docs/:id): the whole document by sections and labels, the cited clause highlighted and in view.
import { documentName } from '../../corpus/document-name.js';
import { ApiFailure, fetchDocument } from './api-client.js';
import type { WidgetDocumentView, WidgetRecord } from './api-schemas.js';
import { docFullName } from './doc-name.js';
import { h, icon, replaceChildren, shadowWithStyles } from './dom.js';
import { splitAtQuote } from './quote-split.js';
import type { WidgetConfig } from './script-config.js';
import type { Strings } from './strings.js';
import { docStyles } from './styles.js';

/** The document id, cited clause id and quote named by a document view URL (/docs/<id>?clause=…&q=…). */
export function docTarget(url: URL): { doc: string; clause: string | null; quote: string | null } | null {
  const m = /^\/docs\/(.+)$/.exec(url.pathname);
  if (!m?.[1]) return null;
  try {
    return { doc: decodeURIComponent(m[1]), clause: url.searchParams.get('clause'), quote: url.searchParams.get('q') };
  } catch {
    return null;
  }
}

function recordRow(record: WidgetRecord, depth: number, highlight: { quote: string | null; label: string } | null): HTMLElement {
  const split = highlight?.quote ? splitAtQuote(record.text, highlight.quote) : null;
  const text = split
    ? h('span', { class: 'text' }, split.before, h('mark', {}, split.quote), split.after)
    : h('span', { class: 'text' }, record.text);
  const row = h(
    'div',
    { class: `rec d${Math.min(depth, 3)}${highlight ? ' hl' : ''}`, 'data-id': record.id, tabindex: highlight ? -1 : null },
    record.label ? h('span', { class: 'label' }, record.label) : null,
    text,
  );
  if (highlight) {
    text.prepend(h('span', { class: 'cited' }, highlight.label));
    row.setAttribute('aria-current', 'true');
  }
  return row;
}

function renderDocument(view: WidgetDocumentView, target: { clause: string | null; quote: string | null }, s: Strings): HTMLElement[] {
  const { document: doc, records } = view;
  const status = doc.status === 'ADD' ? s.statusADD : doc.status === 'MOD' ? s.statusMOD : null;
  const nodes: HTMLElement[] = [
    h('div', { class: 'status-line' }, h('span', {}, documentName(doc.doc)), status && h('span', { class: 'badge' }, status)),
    h('h1', {}, doc.title || docFullName(doc.doc, doc.title)),
  ];
  if (doc.history.length > 0) nodes.push(h('p', { class: 'history' }, `（${doc.history.join('；')}）`));
  if (target.clause && !records.some((r) => r.id === target.clause)) nodes.push(h('p', { class: 'banner', role: 'alert' }, s.clauseNotFound));

  const depthOf = new Map<string, number>();
  const sections = [...doc.sections].sort((a, b) => a.index - b.index);
  const bySection = new Map<number, WidgetRecord[]>();
  for (const r of records) {
    const list = bySection.get(r.sectionIndex ?? -1) ?? [];
    list.push(r);
    bySection.set(r.sectionIndex ?? -1, list);
  }
  const renderRecords = (list: WidgetRecord[]) =>
    list.map((r) => {
      const depth = r.parentId ? (depthOf.get(r.parentId) ?? 0) + 1 : 0;
      depthOf.set(r.id, depth);
      return recordRow(r, depth, r.id === target.clause ? { quote: target.quote, label: s.citedClause } : null);
    });
  const known = new Set(sections.map((x) => x.index));
  for (const section of sections) {
    const list = bySection.get(section.index) ?? [];
    nodes.push(h('section', {}, h('h2', {}, section.heading), ...renderRecords(list)));
  }
  // Records outside every listed section (none in the corpus today) are still shown, never dropped.
  for (const [index, list] of bySection) if (!known.has(index)) nodes.push(...renderRecords(list));
  if (doc.footnotes.length > 0) {
    nodes.push(
      h('aside', { class: 'footnotes' }, h('h2', {}, s.footnotes), ...doc.footnotes.map((f) => h('p', {}, `${f.number} ${f.text}`))),
    );
  }
  return nodes;
}

/** Renders the document view page into the body and scrolls the cited clause into view. */
export async function mountDocPage(config: WidgetConfig, strings: Strings): Promise<void> {
  const host = document.createElement('wtsa-doc-view');
  const root = shadowWithStyles(host, docStyles);
  const content = h('div', { class: 'state', role: 'status' }, strings.docLoading);
  const page = h(
    'main',
    { class: 'wtsa doc-page', lang: 'zh-CN' },
    h('nav', { class: 'topbar' }, h('a', { href: `${config.apiOrigin}/` }, icon('back'), strings.backToChat)),
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

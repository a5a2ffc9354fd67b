// The document index (GET /docs/): every document of the collection by kind, each linked to its document view.
import { fetchDocuments } from './api-client.js';
import { docFullName, docViewPath } from './doc-name.js';
import { h, icon, replaceChildren, shadowWithStyles } from './dom.js';
import type { WidgetConfig } from './script-config.js';
import type { Strings } from './strings.js';
import { docStyles } from './styles.js';

/** Renders the index into the body once /api/docs answers. */
export async function mountDocIndex(config: WidgetConfig, strings: Strings): Promise<void> {
  const host = document.createElement('wtsa-doc-index');
  const root = shadowWithStyles(host, docStyles);
  const content = h('div', { class: 'state', role: 'status' }, strings.docLoading);
  root.appendChild(
    h(
      'main',
      { class: 'wtsa doc-page', lang: strings.locale, 'data-theme': config.theme === 'auto' ? null : config.theme },
      h('nav', { class: 'topbar', 'aria-label': strings.title }, h('a', { href: `${config.apiOrigin}/` }, icon('back'), strings.backToChat)),
      h('h1', {}, strings.docIndexTitle),
      h('p', { class: 'history' }, strings.docIndexIntro),
      content,
    ),
  );
  document.body.appendChild(host);
  document.title = `${strings.docIndexTitle} — ${strings.title}`;
  try {
    const { documents } = await fetchDocuments(config.apiOrigin);
    const kinds = [...new Set(documents.map((d) => d.kind))];
    content.replaceWith(
      ...kinds.map((kind) =>
        h(
          'section',
          {},
          h('h2', {}, strings.docKinds[kind] ?? kind),
          h(
            'ul',
            { class: 'doc-list' },
            ...documents
              .filter((d) => d.kind === kind)
              .map((d) =>
                h(
                  'li',
                  {},
                  h('a', { href: `${config.apiOrigin}${docViewPath(d.doc)}` }, docFullName(d.doc, d.title)),
                  d.status === 'ADD' ? h('span', { class: 'badge' }, strings.statusADD) : null,
                ),
              ),
          ),
        ),
      ),
    );
  } catch {
    content.setAttribute('role', 'alert');
    replaceChildren(content, strings.docLoadFailed);
  }
}

// The static HTML shells of the full-page chat, the document view and the document index; widget.js renders the content.

function shell(title: string, mode: 'page' | 'doc' | 'docs'): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>body{margin:0}</style>
</head>
<body>
<noscript>决议助手需要启用 JavaScript。</noscript>
<script src="/widget.js" data-mode="${mode}"></script>
</body>
</html>
`;
}

/** GET / — the full-page chat. */
export const CHAT_PAGE_HTML = shell('决议助手 — WTSA-24决议问答', 'page');

/** GET /docs/:id — the document view (the document is fetched from /api/docs/:id by the script). */
export const DOC_PAGE_HTML = shell('决议原文 — 决议助手', 'doc');

/** GET /docs/ — the document index (the list is fetched from /api/docs by the script). */
export const DOC_INDEX_HTML = shell('WTSA-24 决议及文件 — 决议助手', 'docs');

/** GET /favicon.svg — the speech-bubble mark of the chat, in the widget's accent colour. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="6" fill="#1f5fbf"/>' +
  '<path d="M18 14.5a1.5 1.5 0 0 1-1.5 1.5H9l-3 3V7.5A1.5 1.5 0 0 1 7.5 6h9A1.5 1.5 0 0 1 18 7.5z" fill="none" stroke="#fff" stroke-width="1.6" stroke-linejoin="round"/></svg>';

// The static HTML shells of the full-page chat and the document view; all content is rendered by widget.js.

function shell(title: string, mode: 'page' | 'doc'): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light">
<title>${title}</title>
</head>
<body>
<noscript>决议助手需要启用 JavaScript。</noscript>
<script src="/widget.js" data-mode="${mode}" data-open="true"></script>
</body>
</html>
`;
}

/** GET / — the full-page chat. */
export const CHAT_PAGE_HTML = shell('决议助手 — WTSA-24决议问答', 'page');

/** GET /docs/:id — the document view (the document is fetched from /api/docs/:id by the script). */
export const DOC_PAGE_HTML = shell('决议原文 — 决议助手', 'doc');

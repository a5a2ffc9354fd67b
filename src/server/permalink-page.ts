// The server-rendered page of one stored answer (GET /a/:id): readable without JavaScript, with Open Graph tags.
import { parseAnswer, type Inline } from '../widget/client/answer-segments.js';
import { clausePlace, docFullName, docViewPath } from '../widget/client/doc-name.js';
import type { StoredAnswer } from '../store/types.js';
import { escapeHtml } from './html-escape.js';

/** Characters of the answer shown as the link preview's description. */
const DESCRIPTION_CHARS = 160;

const STYLE = `
body{margin:0;font:16px/1.7 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1c2330;background:#f6f7f9}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.4rem;line-height:1.4;margin:.5rem 0 1rem}
h2{font-size:1.05rem;margin:2rem 0 .5rem}
.answer{background:#fff;border:1px solid #d5dae1;border-radius:8px;padding:1rem 1.25rem}
.answer p{margin:.4rem 0}
.answer ul{margin:.4rem 0;padding-left:1.4rem}
.answer li.sub{margin-left:1.2rem}
.answer h3{font-size:1rem;margin:.8rem 0 .3rem}
.note{color:#4a5568;font-size:.95rem}
ol{padding-left:1.5rem}
ol>li{margin:.75rem 0}
blockquote{margin:.25rem 0 0;padding:.25rem .75rem;border-left:3px solid #1f5fbf;background:#fff;color:#2d3748}
a{color:#1f5fbf}
.marker{text-decoration:none;font-size:.85em;vertical-align:super}
footer{margin-top:2rem}
@media (prefers-color-scheme:dark){body{background:#12161d;color:#e2e8f0}.answer,blockquote{background:#1b212b;border-color:#2d3748;color:#e2e8f0}.note{color:#a0aec0}a{color:#8ab4f8}}
`;

/** One line's inline pieces as HTML: text escaped, **bold**, and each cited [n] a link to its numbered clause below. */
function inlinesHtml(inlines: Inline[], cited: Set<number>): string {
  return inlines
    .map((piece) => {
      if (piece.kind === 'text') return escapeHtml(piece.text);
      if (piece.kind === 'strong') return `<strong>${escapeHtml(piece.text)}</strong>`;
      const marker = `[${piece.n}]`;
      return cited.has(piece.n) ? `<a class="marker" href="#c${piece.n}" aria-label="引用 ${piece.n}">${marker}</a>` : marker;
    })
    .join('');
}

/** The answer text as the widget shows it (parseAnswer): paragraphs, headings and bullet lists. */
function answerHtml(text: string, cited: Set<number>): string {
  const html: string[] = [];
  for (const block of parseAnswer(text)) {
    let list: string[] = [];
    const flush = () => {
      if (list.length) html.push(`<ul>${list.join('')}</ul>`);
      list = [];
    };
    for (const line of block) {
      const inner = inlinesHtml(line.inlines, cited);
      if (line.kind === 'bullet') {
        list.push(`<li${line.depth ? ' class="sub"' : ''}>${inner}</li>`);
        continue;
      }
      flush();
      html.push(line.kind === 'heading' ? `<h3>${inner}</h3>` : `<p>${inner}</p>`);
    }
    flush();
  }
  return html.join('\n');
}

/** The note under the question: how the question was understood, and how sure the answer is. */
function notesHtml(stored: StoredAnswer): string {
  const notes: string[] = [];
  if (stored.resolvedQuestion && stored.resolvedQuestion !== stored.question) notes.push(`按上下文理解为：${escapeHtml(stored.resolvedQuestion)}`);
  if (stored.refused) notes.push('决议文本没有回答这个问题。');
  else if (stored.confidence === 'low') notes.push('条款涉及这个话题，但没有直接说明所问的内容；下面是最接近的条款。');
  return notes.map((n) => `<p class="note">${n}</p>`).join('\n');
}

function citationsHtml(stored: StoredAnswer, base: string): string {
  if (stored.citations.length === 0) return '';
  const items = stored.citations.map((c) => {
    const where = [docFullName(c.doc, c.docTitle), clausePlace(c)].filter(Boolean).join(' · ');
    const quote = c.quote ? `<blockquote>${escapeHtml(c.quote)}</blockquote>` : '';
    return `<li id="c${c.n}" value="${c.n}"><a href="${escapeHtml(base + docViewPath(c.doc, c.id))}">${escapeHtml(where)}</a>${quote}</li>`;
  });
  return `<h2>引用的条款</h2>\n<ol>\n${items.join('\n')}\n</ol>`;
}

function suggestionsHtml(stored: StoredAnswer, base: string): string {
  if (stored.suggestions.length === 0) return '';
  const items = stored.suggestions.map(
    (s) => `<li><a href="${escapeHtml(base + docViewPath(s.doc))}">${escapeHtml(docFullName(s.doc, s.title))}</a></li>`,
  );
  return `<h2>可能相关的文件</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
}

/** Page head and body shared by answers and the not-found page. */
function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
${head}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The page of `stored`; `base` is PUBLIC_BASE_URL ("" when unset: links stay root-relative and og:url is left out).
 */
export function permalinkPageHtml(stored: StoredAnswer, base: string): string {
  const plain = parseAnswer(stored.answer)
    .flat()
    .map((line) => line.inlines.map((piece) => (piece.kind === 'marker' ? '' : piece.text)).join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const description = plain.length > DESCRIPTION_CHARS ? `${plain.slice(0, DESCRIPTION_CHARS)}…` : plain;
  const url = `${base}/a/${stored.id}`;
  const og = [
    ['og:type', 'article'],
    ['og:site_name', '决议助手'],
    ['og:title', stored.question],
    ['og:description', description],
    ...(base ? [['og:url', url]] : []),
  ];
  const head = [
    `<meta name="description" content="${escapeHtml(description)}">`,
    ...og.map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content!)}">`),
    ...(base ? [`<link rel="canonical" href="${escapeHtml(url)}">`] : []),
  ].join('\n');
  const body = [
    `<p><a href="${escapeHtml(`${base}/`)}">决议助手</a></p>`,
    `<h1>${escapeHtml(stored.question)}</h1>`,
    notesHtml(stored),
    `<section class="answer" aria-label="回答">\n${answerHtml(stored.answer, new Set(stored.citations.map((c) => c.n)))}\n</section>`,
    citationsHtml(stored, base),
    suggestionsHtml(stored, base),
    `<footer><p><a href="${escapeHtml(`${base}/?q=${encodeURIComponent(stored.question)}`)}">在对话中继续提问</a></p>` +
      `<p class="note">回答于 <time datetime="${escapeHtml(stored.createdAt)}">${escapeHtml(stored.createdAt.slice(0, 10))}</time></p></footer>`,
  ].filter(Boolean);
  return page(`${stored.question} — 决议助手`, head, body.join('\n'));
}

/** The page for an id that names no stored answer (or is no answer id at all). */
export function answerNotFoundHtml(base: string, malformed: boolean): string {
  const message = malformed ? '这不是一个有效的回答链接。' : '找不到这条回答：链接可能有误，或回答已被删除。';
  return page('找不到回答 — 决议助手', '', `<h1>${message}</h1>\n<p><a href="${escapeHtml(`${base}/`)}">去决议助手提问</a></p>`);
}

// Splits answer text into blocks and inline pieces (plain text, bold, citation markers) for safe DOM rendering.

/** An inline piece of an answer line. */
export type Inline = { kind: 'text'; text: string } | { kind: 'strong'; text: string } | { kind: 'marker'; n: number };

/** One line of the answer: a paragraph line, a Markdown heading, or a list item (depth 1 for an item under another). */
export interface AnswerLine {
  kind: 'line' | 'heading' | 'bullet';
  depth: 0 | 1;
  inlines: Inline[];
}

/** One paragraph of the answer (lines separated by single newlines). */
export type AnswerBlock = AnswerLine[];

const BULLET = /^\s*(?:[-*•·])\s+/;
const HEADING = /^\s*#{1,6}\s+/;
const INLINE = /\[(\d{1,3})\]|\*\*([^*\n]+)\*\*/g;

/** Parses the inline pieces of one line: `[n]` markers and `**bold**`; everything else is text. */
export function parseInlines(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: line.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'marker', n: Number(m[1]) });
    else out.push({ kind: 'strong', text: m[2] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ kind: 'text', text: line.slice(last) });
  return out;
}

/** Parses answer text into paragraphs of lines; blank lines separate paragraphs, "- " / "• " lines are list items,
 * "## " lines are headings (the optional LLM mode writes Markdown). */
export function parseAnswer(text: string): AnswerBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line): AnswerLine => {
          if (HEADING.test(line)) return { kind: 'heading', depth: 0, inlines: parseInlines(line.replace(HEADING, '')) };
          if (!BULLET.test(line)) return { kind: 'line', depth: 0, inlines: parseInlines(line) };
          const depth = /^\s{2,}/.test(line) ? 1 : 0;
          return { kind: 'bullet', depth, inlines: parseInlines(line.replace(BULLET, '')) };
        }),
    )
    .filter((block) => block.length > 0);
}

/** The answer as plain text for copying and screen readers, with its sources listed after it. */
export function answerPlainText(text: string, sources: { n: number; name: string; place: string }[]): string {
  const body = text
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .trim();
  if (sources.length === 0) return body;
  const list = sources.map((s) => `[${s.n}] ${s.name} ${s.place}`.trim());
  return `${body}\n\n${list.join('\n')}`;
}

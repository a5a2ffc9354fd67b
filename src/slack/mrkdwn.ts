// Slack mrkdwn text: escaping what we send, reading what users type, and splitting under Slack's size limits.

/** Slack's limit on the text of one section block. */
export const SECTION_TEXT_LIMIT = 3000;

/** Escapes the three control characters of Slack mrkdwn (&, <, >) in corpus or user text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Bold that renders beside Chinese text: Slack reads `*…*` as bold only at word boundaries, which CJK characters and
 * full-width punctuation are not, so the asterisks get zero-width spaces outside them.
 */
export function bold(mrkdwn: string): string {
  return `\u200B*${mrkdwn}*\u200B`;
}

/** A mrkdwn link; `label` is escaped mrkdwn, `url` an absolute URL whose parts were percent-encoded. */
export function link(url: string, label: string): string {
  return `<${url.replace(/[|>]/g, encodeURIComponent)}|${label}>`;
}

/** Rewrites the Markdown an LLM answer may use (**bold**, # headings, - bullets) into Slack mrkdwn; run after escaping. */
export function markdownToMrkdwn(text: string): string {
  return text
    .replace(/\*\*([^*\n]+)\*\*/g, (_m, inner: string) => bold(inner))
    .replace(/^#{1,6}[ \t]+(.*)$/gm, (_line, heading: string) => bold(heading.replace(/(?<![\s#])[\s#]+$/, '')))
    .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1• ');
}

/** Turns the text of a Slack message or slash command into plain text: mentions dropped, links unwrapped, entities decoded. */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<[@#!][^<>]*>/g, ' ')
    .replace(/<([^<>|]+)\|([^<>]*)>/g, '$2')
    .replace(/<([^<>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const BREAKS = ['\n', '。', '；', '，', ' '];

/**
 * Splits escaped mrkdwn into pieces of at most `limit` characters, cutting at a line end, else after
 * Chinese sentence punctuation, else anywhere outside an `&…;` entity.
 */
export function splitMrkdwn(text: string, limit = SECTION_TEXT_LIMIT): string[] {
  if (limit < 8) throw new Error(`splitMrkdwn: limit ${limit} is too small`);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = -1;
    for (const mark of BREAKS) {
      const at = window.lastIndexOf(mark);
      if (at >= limit / 2) {
        cut = mark === '\n' ? at : at + 1;
        break;
      }
    }
    if (cut < 0) {
      cut = limit;
      const amp = window.lastIndexOf('&');
      if (amp > limit - 5 && !window.slice(amp).includes(';')) cut = amp;
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

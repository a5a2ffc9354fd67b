// Recognises section headings of a resolution (考虑到, 做出决议, 责成…) among its paragraphs (SEED-MAP §2.2).

/** Preamble headings: matched on the whole paragraph only. */
const PREAMBLE = /^(?:进一步)?(?:认识到|考虑到|注意到|忆及|铭记|顾及|重申|意识到|关注)$/;
/** Operative headings: the verb and its addressee; never a sentence ending in 。；： . */
const OPERATIVE = /^(?:进一步)?(?:做出决议|责成|请|鼓励|呼吁)/;
const SENTENCE_END = /[。；：]$/;
const MAX_HEADING_CHARS = 80;

/** preamble or operative for a heading paragraph; null for any other paragraph. */
export function headingPart(text: string): 'preamble' | 'operative' | null {
  if (PREAMBLE.test(text)) return 'preamble';
  if (OPERATIVE.test(text) && !SENTENCE_END.test(text) && text.length <= MAX_HEADING_CHARS) return 'operative';
  return null;
}

/** A short comma-ended line right after a heading that continues it ("并在可用财务资源范围内，", trap 9). */
export function isHeadingContinuation(text: string): boolean {
  return text.length <= 20 && text.endsWith('，') && !/^[a-z0-9•–−]/.test(text);
}

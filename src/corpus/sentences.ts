// Splits Chinese clause text into sentences without losing a character.

/**
 * Splits text into sentences ending in 。；！？ or a line break, keeping the punctuation and every other character:
 * a line break after a sentence's punctuation stays with that sentence, so the pieces join back to the text.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const part of text.match(/[^。；！？\n]*(?:[。；！？]+|\n|$)/g) ?? []) {
    if (part.trim().length === 0) {
      if (out.length) out[out.length - 1] += part;
      else pending += part;
      continue;
    }
    out.push(pending + part);
    pending = '';
  }
  return out;
}

// Splits Chinese clause text into sentences without losing a character.

/** Splits text into sentences ending in 。；！？ or a line break, keeping the punctuation; no characters lost. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^。；！？\n]*(?:[。；！？]+|\n|$)/g) ?? [];
  return parts.filter((p) => p.trim().length > 0);
}

// Hides the <think>…</think> reasoning block some local models (Qwen3, DeepSeek-R1 via Ollama) print before answering.

const OPEN = '<think>';
const CLOSE = '</think>';

/** The part of raw model output meant for the reader: "" while a leading reasoning block is still open. */
export function visibleOutput(raw: string): string {
  const start = raw.trimStart();
  if (start.startsWith(OPEN)) {
    const close = start.indexOf(CLOSE);
    return close === -1 ? '' : start.slice(close + CLOSE.length).trimStart();
  }
  return OPEN.startsWith(start) ? '' : start;
}

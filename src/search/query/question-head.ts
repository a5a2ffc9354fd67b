// The part of a question its references are read from.

// References sit in the first sentences; the cap keeps the list-matching patterns (quadratic on
// adversarial input such as "1和1和…" or long runs of spaces) to a few milliseconds.
const MAX_QUESTION_CHARS = 1000;

/** The question's first 1,000 characters, every run of whitespace as one space. */
export function questionHead(question: string): string {
  return question.slice(0, MAX_QUESTION_CHARS).replace(/\s+/g, ' ');
}

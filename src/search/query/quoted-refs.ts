// Finds what a question quotes from outside the WTSA texts (理事会第630号决定, ITU-R第75号决议) or to a numbered
// paragraph (第1号决议第2.1.5段): references to look for as printed.

/** A reference to be found as printed: the whole of it, its numbered core and the body that issued it. */
export interface QuotedRef {
  whole: string;
  core: string;
  body: string;
}

// 第630号决定 of 理事会, ITU-R第75号决议, 第1号决议第2.1.5段: what a question quotes from outside the WTSA texts.
const QUOTED_REF =
  /(ITU-[RTD]|理事会|全权代表大会|世界电信发展大会|WTDC|无线电通信全会|联合国大会)?(?: ?的)? ?(第 ?\d+(?:\/\d+)? ?号(?:决议|决定|建议|意见)(?: ?第 ?\d+(?:\.\d+)* ?(?:段|款|节))?)/g;

/** The references a question quotes from outside the WTSA texts, or to a numbered paragraph, without repeats. */
export function findQuotedRefs(question: string): QuotedRef[] {
  const refs = new Map<string, QuotedRef>();
  for (const m of question.matchAll(QUOTED_REF)) {
    const body = m[1] ?? '';
    const core = m[2]!.replace(/\s+/g, '');
    if (body !== '' || /[段款节]$/.test(core)) refs.set(`${body}${core}`, { body, core, whole: `${body}${core}` });
  }
  return [...refs.values()];
}

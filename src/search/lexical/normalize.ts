// Search-key normalisation shared by indexing, querying and alias matching (never applied to record text).

/**
 * NFKC (full-width digits and letters become ASCII), lowercase, one space for any whitespace run,
 * "sg 17" / "study group 17" → "sg17", "17组" / "第17组" → "第17研究组" (but not 组织, 组成 …).
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?<![a-z0-9])(?:sg|study ?groups?) ?(\d{1,2})(?![0-9])/g, 'sg$1')
    .replace(/(?<![\d/.第a-z])第?(\d{1,2}) ?组(?![织成合建别件员])/g, '第$1研究组')
    .trim();
}

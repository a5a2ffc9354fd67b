// How a document is named to people: 第44号决议, 第COM4/AI号决议, ITU-T A.25建议书, …

/** The printed name of a document id ("44" → "第44号决议"); the trailing blocks get their descriptive names. */
export function documentName(doc: string): string {
  if (doc === 'A.25') return 'ITU-T A.25建议书';
  if (doc === 'actions') return 'WTSA-24行动';
  if (doc === 'leadership') return '研究组正副主席名单';
  if (doc === 'questions') return '研究组课题清单';
  return `第${doc}号决议`;
}

/** A citation's human-readable location: "第44号决议 · 做出决议 · 3". */
export function citationLocation(record: { doc: string; section: string; label: string }): string {
  return [documentName(record.doc), record.section, record.label].filter(Boolean).join(' · ');
}

// How a document's records and its footnotes point at each other: a clause's markers (`notes`) name footnote numbers of
// its own document; a footnote record (section 脚注, `meta.footnote`) names the records that carried its marker.

/** The record fields footnote links read. */
export interface NotedRecord {
  id: string;
  doc: string;
  notes?: number[] | undefined;
  meta?: { footnote?: { number: number; referredBy: string[] } | undefined } | undefined;
}

/** The footnote's number when the record is a footnote, else null. */
export function footnoteNumber(record: NotedRecord): number | null {
  return record.meta?.footnote?.number ?? null;
}

/** The footnote records a record's markers point to, in the order of its markers (its own document's only). */
export function footnotesOf<R extends NotedRecord>(record: NotedRecord, records: readonly R[]): R[] {
  const byNumber = new Map<number, R>();
  for (const r of records) {
    const n = footnoteNumber(r);
    if (n !== null && r.doc === record.doc) byNumber.set(n, r);
  }
  return (record.notes ?? []).flatMap((n) => byNumber.get(n) ?? []);
}

/** The records whose text carried a footnote's marker, in document order; [] when the marker was on the title or
 * identifier line. */
export function referrersOf<R extends NotedRecord>(footnote: NotedRecord, records: readonly R[]): R[] {
  const ids = new Set(footnote.meta?.footnote?.referredBy ?? []);
  return records.filter((r) => ids.has(r.id));
}

// The pieces of records that retrieval indexes: short records whole, long ones (Res 2 study-group annex
// entries, long clauses) split into paragraph groups so that every part can be found; hits map back to records.
import type { ClauseRecord } from '../corpus/types.js';
import { splitSentences } from '../corpus/sentences.js';

/** One indexed piece of a record. */
export interface SearchUnit {
  /** The record id for a whole record, `${recordId}~${n}` for its n-th piece. */
  unitId: string;
  recordId: string;
  text: string;
}

/** Records up to this length are indexed whole; longer ones in pieces of about this size. */
const UNIT_CHARS = 200;
/** A first line this short (a group header such as "ITU-T第17研究组") is repeated in every piece as context. */
const HEADER_CHARS = 24;

/** The record a unit belongs to. */
export function recordIdOf(unitId: string): string {
  const cut = unitId.indexOf('~');
  return cut < 0 ? unitId : unitId.slice(0, cut);
}

/** Splits a record into search units (a record of at most UNIT_CHARS is one unit with the record's id). */
export function searchUnits(record: ClauseRecord): SearchUnit[] {
  if (record.text.length <= UNIT_CHARS) return [{ unitId: record.id, recordId: record.id, text: record.text }];
  const lines = record.text.split('\n');
  const header = lines[0] && lines[0].length <= HEADER_CHARS ? lines[0] : '';
  const pieces: string[] = [];
  let current = '';
  for (const part of (header ? lines.slice(1) : lines).flatMap((l) => (l.length > UNIT_CHARS ? splitSentences(l) : [l]))) {
    if (current && current.length + part.length > UNIT_CHARS) {
      pieces.push(current);
      current = '';
    }
    current += current ? `\n${part}` : part;
  }
  if (current) pieces.push(current);
  return pieces.map((text, n) => ({ unitId: `${record.id}~${n}`, recordId: record.id, text: header ? `${header}\n${text}` : text }));
}

/** Keeps the first (best) hit of each record, mapping unit ids to record ids. */
export function bestPerRecord<T extends { id: string }>(hits: T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const hit of hits) {
    const id = recordIdOf(hit.id);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...hit, id });
  }
  return out;
}

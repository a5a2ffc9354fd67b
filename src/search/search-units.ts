// The pieces of records that retrieval indexes: every record whole, and each record longer than a sentence span
// also by its sentences (spans of SPAN_MIN–SPAN_MAX characters, never across a clause), so that a record is found by
// its best sentence as well as by its whole text; hits map back to records.
import type { ClauseRecord } from '../corpus/types.js';
import { splitSentences } from '../corpus/sentences.js';

/** One indexed piece of a record. */
export interface SearchUnit {
  /** The record id for a whole record, `${recordId}~${n}` for its n-th sentence span. */
  unitId: string;
  recordId: string;
  text: string;
}

/** Records up to this length are indexed whole only; longer ones also by spans of at most this many characters. */
const SPAN_MAX = 120;
/** A sentence shorter than this joins its neighbour in one span. */
const SPAN_MIN = 40;
/** A first line this short (a group header such as "ITU-T第17研究组") is repeated in every span as context. */
const HEADER_CHARS = 24;

/** The record a unit belongs to. */
export function recordIdOf(unitId: string): string {
  const cut = unitId.indexOf('~');
  return cut < 0 ? unitId : unitId.slice(0, cut);
}

/** The record whole, then (for a record longer than SPAN_MAX) its sentence spans. */
export function searchUnits(record: ClauseRecord): SearchUnit[] {
  const whole: SearchUnit = { unitId: record.id, recordId: record.id, text: record.text };
  if (record.text.length <= SPAN_MAX) return [whole];
  const firstLine = record.text.slice(0, record.text.indexOf('\n') + 1);
  const header = firstLine && firstLine.length - 1 <= HEADER_CHARS ? firstLine : '';
  return [
    whole,
    ...sentenceSpans(record.text, header.length).map((span, n) => ({
      unitId: `${record.id}~${n}`,
      recordId: record.id,
      text: `${header}${record.text.slice(span.from, span.to).trim()}`,
    })),
  ];
}

/** A span of a text, by character offsets. */
export interface Span {
  from: number;
  to: number;
}

/**
 * The text from `start` cut into spans of at most SPAN_MAX characters along sentence ends (。；！？ and line
 * breaks), a longer sentence along its commas; short neighbours joined up to SPAN_MAX. Together they cover the text.
 */
export function sentenceSpans(text: string, start = 0): Span[] {
  const pieces: Span[] = [];
  let at = start;
  for (const sentence of splitSentences(text.slice(start))) {
    for (const part of sentence.length > SPAN_MAX ? splitAtCommas(sentence) : [sentence]) {
      pieces.push({ from: at, to: at + part.length });
      at += part.length;
    }
  }
  const spans: Span[] = [];
  for (const piece of pieces) {
    const last = spans[spans.length - 1];
    const joinable = last && piece.to - last.from <= SPAN_MAX && (last.to - last.from < SPAN_MIN || piece.to - piece.from < SPAN_MIN);
    if (joinable) last.to = piece.to;
    else spans.push({ ...piece });
  }
  return spans;
}

/** A long sentence cut after its commas into parts of at most SPAN_MAX characters (a part without one is cut hard). */
function splitAtCommas(sentence: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const clause of sentence.match(/[^，,、]*[，,、]?/g)!.filter(Boolean)) {
    for (let i = 0; i < clause.length; i += SPAN_MAX) {
      const chunk = clause.slice(i, i + SPAN_MAX);
      if (current && current.length + chunk.length > SPAN_MAX) {
        parts.push(current);
        current = '';
      }
      current += chunk;
    }
  }
  if (current) parts.push(current);
  return parts;
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

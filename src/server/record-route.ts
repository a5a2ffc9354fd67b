// GET /api/records/:id — one record with the footnotes its markers point to and, for a footnote, the records that
// refer to it: what the clause drawer shows beneath a cited clause.
import type { RequestHandler } from 'express';
import type { Assistant } from '../assistant.js';
import type { ClauseRecord } from '../corpus/types.js';
import { footnotesOf, referrersOf } from '../corpus/footnote-links.js';
import { ApiError } from './api-error.js';

/** A record with its footnotes (in marker order) and, when it is a footnote, the records that carry its marker. */
export interface RecordWithNotes {
  record: ClauseRecord;
  footnotes: ClauseRecord[];
  referredBy: ClauseRecord[];
}

/** Record ids are `${doc}#${section}.${ordinal}`; a document id never holds "#". */
const RECORD_ID = /^([^#]{1,100})#\d{1,4}\.\d{1,5}$/;

/** The record `id` with its footnote links; null when no document holds it. */
export function recordWithNotes(assistant: Pick<Assistant, 'document'>, id: string): RecordWithNotes | null {
  const doc = RECORD_ID.exec(id)?.[1];
  const view = doc ? assistant.document(doc) : null;
  const record = view?.records.find((r) => r.id === id);
  if (!view || !record) return null;
  return { record, footnotes: footnotesOf(record, view.records), referredBy: referrersOf(record, view.records) };
}

/** Handler of GET /api/records/*id (ids hold "/" and "#": "COM4%2FAI%235.1" and "COM4/AI%235.1" both work). */
export function recordRoute(assistant: Assistant): RequestHandler {
  return (req, res) => {
    const id = ([] as string[]).concat(req.params.id ?? []).join('/');
    if (!RECORD_ID.test(id)) throw new ApiError(400, 'invalid_record_id', 'A record id looks like "44#5.3" (document, "#", section.ordinal)');
    const found = recordWithNotes(assistant, id);
    if (!found) throw new ApiError(404, 'record_not_found', `No record with id "${id}"`);
    res.json(found);
  };
}

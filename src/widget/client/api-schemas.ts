// zod/mini schemas of what the widget reads from the API and from sessionStorage (the browser's trust boundary).
import * as z from 'zod/mini';

/** The record fields the widget displays (unknown fields are dropped). */
const recordSchema = z.object({
  id: z.string(),
  doc: z.string(),
  docTitle: z.string(),
  section: z.string(),
  sectionIndex: z.optional(z.number()),
  label: z.string(),
  labelPath: z.optional(z.array(z.string())),
  parentId: z.optional(z.nullable(z.string())),
  text: z.string(),
  /** Footnote numbers whose markers the clause carried. */
  notes: z.optional(z.array(z.number())),
  meta: z.optional(
    z.object({
      studyGroup: z.optional(z.string()),
      questionId: z.optional(z.string()),
      /** Present on footnote records: the footnote's number and the ids of the records that carried its marker. */
      footnote: z.optional(z.object({ number: z.number(), referredBy: z.array(z.string()) })),
    }),
  ),
});

/** A record as displayed by the widget. */
export type WidgetRecord = z.infer<typeof recordSchema>;

/** A citation: the record, its marker number and the quoted part of its text. */
const citationSchema = z.extend(recordSchema, { n: z.number(), quote: z.string() });

/** A citation as displayed by the widget. */
export type WidgetCitation = z.infer<typeof citationSchema>;

/** The `sources` event: retrieved records, best first. */
export const sourcesSchema = z.array(recordSchema);

/** The `delta` event: a piece of answer text. */
export const deltaSchema = z.object({ text: z.string() });

/** The final answer (the `done` event or the JSON body of /api/ask); `retrieved` is not kept. */
export const answerSchema = z.object({
  /** Names the stored exchange; its permalink is /a/<id> (absent from servers that do not store answers). */
  id: z.optional(z.string().check(z.regex(/^[\w-]{1,64}$/))),
  answer: z.string(),
  refused: z.boolean(),
  /** high: the clauses state it; low: a hedged answer; none: a refusal. */
  confidence: z.optional(z.enum(['high', 'low', 'none'])),
  citations: z.array(citationSchema),
  suggestions: z._default(z.array(z.object({ doc: z.string(), title: z.string() })), []),
  /** The standalone question the answer was given to (differs from the typed one for rewritten follow-ups). */
  resolvedQuestion: z.optional(z.string()),
});

/** A final answer as displayed and stored by the widget. */
export type WidgetAnswer = z.infer<typeof answerSchema>;

/** The API's error body. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), retryAfterSeconds: z.optional(z.number()) }),
});

/** GET /api/docs — every document of the collection. */
export const documentListSchema = z.object({
  documents: z.array(z.object({ doc: z.string(), kind: z.string(), status: z.optional(z.nullable(z.string())), title: z.string() })),
});

/** The document list as the index page renders it. */
export type WidgetDocumentList = z.infer<typeof documentListSchema>;

/** GET /api/docs/:id — a whole document with its records. */
export const documentViewSchema = z.object({
  document: z.object({
    doc: z.string(),
    title: z.string(),
    status: z.optional(z.nullable(z.string())),
    history: z._default(z.array(z.string()), []),
    sections: z.array(z.object({ index: z.number(), heading: z.string() })),
  }),
  records: z.array(recordSchema),
});

/** A document view as the document page renders it. */
export type WidgetDocumentView = z.infer<typeof documentViewSchema>;

/** GET /api/records/:id — a record with the footnotes its markers point to and the records that refer to it. */
export const recordWithNotesSchema = z.object({
  record: recordSchema,
  footnotes: z.array(recordSchema),
  referredBy: z.array(recordSchema),
});

/** A record with its footnote links, as the clause drawer shows them. */
export type WidgetRecordWithNotes = z.infer<typeof recordWithNotesSchema>;

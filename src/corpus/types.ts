// Shared shapes of the parsed corpus: documents, their sections and the clause records everything cites.

/** What a top-level document is (CONTRACT §3). */
export type DocumentKind = 'resolution' | 'recommendation' | 'actions' | 'leadership' | 'questions';

/** Whether WTSA-24 revised (MOD) or added (ADD) the document; null for the untitled trailing blocks. */
export type DocumentStatus = 'MOD' | 'ADD' | null;

/** A 1-based, inclusive line span in corpus/wtsa24-zh.txt. */
export type LineSpan = [number, number];

/** A footnote of one document, with the line it was printed on. */
export interface Footnote {
  number: number;
  text: string;
  line: number;
  /** The last line of its text (continuation lines included). */
  lastLine: number;
}

/** One heading of a document, kept apart from repeated headings of the same text by its ordinal. */
export interface Section {
  /** 0-based order of the section inside its document. */
  index: number;
  /** The heading as printed (考虑到, 做出决议, 责成电信标准化局主任…) or an annex path (附件A 第1部分). */
  heading: string;
  /** preamble / operative / annex / table. */
  part: 'preamble' | 'operative' | 'annex' | 'body' | 'table';
  lines: LineSpan;
  /** Annex or part title as printed (附件B → "国际电联电信标准化部门研究组制定…指导要点"), when there is one. */
  title?: string;
  /** The "(to Resolution N)" caption printed before the annex heading ("（第2号决议（2024年，新德里，修订版））"). */
  caption?: string;
}

/** One top-level document of the corpus. */
export interface CorpusDocument {
  /** CONTRACT §1 id: "44", "COM4/AI", "A.25", "actions", "leadership", "questions". */
  doc: string;
  kind: DocumentKind;
  status: DocumentStatus;
  title: string;
  /** The assemblies that adopted/revised it, as printed ("1993年，赫尔辛基", …); [] when none. */
  history: string[];
  footnotes: Footnote[];
  sections: Section[];
  lines: LineSpan;
  /** The identifier line as printed, footnote markers removed ("第44号决议（2024年，新德里，修订版）"). */
  identifier?: string;
  /** The preamble opener of a resolution ("世界电信标准化全会（2024年，新德里），"). */
  opener?: string;
}

/** Structured facts some records carry (study-group annex rows, table rows). */
export interface RecordMeta {
  /** Study group number as a string ("17") or "TSAG"/"SCV" for records about one group. */
  studyGroup?: string;
  /** Question id such as "A/17" (questions block). */
  questionId?: string;
  /** Question status such as "第4/17号课题的继续" or "新课题". */
  questionStatus?: string;
  /** Leadership rows. */
  person?: { name: string; country: string; role: string; language?: string };
  /** Action id such as "第4/1委员会". */
  actionId?: string;
  /** Footnote records: the footnote's number and the records whose text carried its marker. */
  footnote?: { number: number; referredBy: string[] };
}

/** One retrievable, citable unit: a clause, sub-item, annex row or table row (CONTRACT §2). */
export interface ClauseRecord {
  /** Stable id, unique in the corpus: `${doc}#${sectionIndex}.${ordinal}`, e.g. "44#5.3". */
  id: string;
  doc: string;
  docTitle: string;
  section: string;
  sectionIndex: number;
  /** The clause label as printed (`a)`, `3`, `ii)`, `•`, `B/17`…); "" when none. */
  label: string;
  /** Labels from the outermost clause down to this one, e.g. ["1", "ii)"]; bullets numbered ("•2"). */
  labelPath: string[];
  /** Id of the parent record for sub-items; null for top-level clauses. */
  parentId: string | null;
  /** The clause text made of the source's own characters (CONTRACT §2). */
  text: string;
  lines: LineSpan;
  /** Ids of other documents this record refers to (本届全会第44号决议 → "44"). */
  refs: string[];
  /** Footnote numbers whose markers were removed from this record's text. */
  notes: number[];
  meta?: RecordMeta;
}

/** The whole parse: documents in source order and their records in source order. */
export interface ParsedCorpus {
  documents: CorpusDocument[];
  records: ClauseRecord[];
}

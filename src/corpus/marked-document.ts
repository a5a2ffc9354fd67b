// Parses one MOD/ADD document (a resolution or Recommendation A.25): header, footnotes, sections, clause records.
import { isRecommendationSectionHeading } from './a25.js';
import { annexName, annexPart, isAnnexCaption, isAnnexTitleLine } from './annexes.js';
import type { ItemDraft } from './clause-tree.js';
import { CorpusError } from './corpus-error.js';
import { parseDocumentHeader } from './document-header.js';
import { parseFootnotes, stripMarkers } from './footnotes.js';
import { headingPart, isHeadingContinuation } from './headings.js';
import { parseLabel } from './labels.js';
import { joinParagraphs } from './paragraphs.js';
import { buildSections, type SectionDraft } from './records.js';
import { chunksAnnexesByStudyGroup, studyGroupHeader } from './res2-annexes.js';
import { sliceSpan, type DocumentSlice } from './split-documents.js';
import type { ClauseRecord, CorpusDocument, Footnote } from './types.js';

/** A parsed document with its records. */
export interface DocumentParse {
  document: CorpusDocument;
  records: ClauseRecord[];
}

interface BodyParagraph {
  text: string;
  lines: number[];
  notes: number[];
}

/** A connector line between two items ("以及", "及", "以及面向普通大众的信息；"): it belongs to the item before. */
const CONNECTOR = /^(?:以及|及|和|或)(?:$|[^，。；：]{0,16}[；，。]$)/;

function mergeNotes(into: number[], more: readonly number[]): void {
  for (const n of more) if (!into.includes(n)) into.push(n);
}

/** Reads the body paragraphs into section drafts (headings, annexes, A.25 sections, Res 2 study-group chunks). */
function readSections(doc: string, kind: 'resolution' | 'recommendation', paras: readonly BodyParagraph[]): SectionDraft[] {
  const sections: SectionDraft[] = [];
  let current: SectionDraft | null = null;
  let annex: string | null = null;
  let caption: string | null = null;
  let chunk: ItemDraft | null = null;
  const open = (draft: SectionDraft): SectionDraft => {
    sections.push(draft);
    chunk = null;
    return draft;
  };
  const item = (p: BodyParagraph, texts: string[], label = '', labelKind: ItemDraft['kind'] = 'none'): ItemDraft => ({
    label,
    kind: labelKind,
    texts,
    lines: [...p.lines],
    notes: [...p.notes],
  });
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] as BodyParagraph;
    if (isAnnexCaption(p.text)) {
      caption = p.text;
      chunk = null;
      continue;
    }
    const name = annexName(p.text);
    if (name) {
      annex = name;
      current = open({ heading: name, part: 'annex', headingLines: [...p.lines], items: [] });
      if (caption) current.caption = caption;
      caption = null;
      const titles: BodyParagraph[] = [];
      for (let next = paras[i + 1]; next && titles.length < 3; next = paras[i + 1]) {
        const t = next.text;
        if (parseLabel(t).kind !== 'none' || !isAnnexTitleLine(t) || studyGroupHeader(t) || annexPart(t)) break;
        if (annexName(t) || isAnnexCaption(t)) break;
        titles.push(next);
        i++;
      }
      if (titles.length) {
        current.title = titles.map((t) => t.text).join('');
        const title = item(titles[0] as BodyParagraph, titles.map((t) => t.text));
        title.lines = titles.flatMap((t) => t.lines);
        current.items.push(title);
      }
      continue;
    }
    const part = annex ? annexPart(p.text) : null;
    if (annex && part) {
      const bare = current && current.part === 'annex' && current.items.length === 0 ? sections.pop() : undefined;
      const headingLines = [...(bare?.headingLines ?? []), ...p.lines];
      current = open({ heading: `${annex} 第${part}部分`, part: 'annex', headingLines, items: [], title: p.text });
      if (bare?.caption) current.caption = bare.caption;
      continue;
    }
    const group = annex && chunksAnnexesByStudyGroup(doc) ? studyGroupHeader(p.text) : null;
    if (current && group) {
      chunk = { ...item(p, [p.text]), studyGroup: group };
      current.items.push(chunk);
      continue;
    }
    if (chunk) {
      const open: ItemDraft = chunk;
      open.texts.push(p.text);
      open.lines.push(...p.lines);
      mergeNotes(open.notes, p.notes);
      continue;
    }
    if (!annex && kind === 'recommendation' && isRecommendationSectionHeading(p.text)) {
      current = open({ heading: p.text, part: 'body', headingLines: [...p.lines], items: [] });
      continue;
    }
    const headingKind = !annex && kind === 'resolution' ? headingPart(p.text) : null;
    if (headingKind) {
      let heading = p.text;
      const headingLines = [...p.lines];
      const next = paras[i + 1];
      const after = paras[i + 2];
      if (next && after && isHeadingContinuation(next.text) && parseLabel(after.text).kind !== 'none') {
        heading += next.text;
        headingLines.push(...next.lines);
        i++;
      }
      current = open({ heading, part: headingKind, headingLines, items: [] });
      continue;
    }
    if (!current) throw new CorpusError(`text before the first section heading: "${p.text.slice(0, 40)}"`, p.lines[0] ?? null);
    const last = current.items[current.items.length - 1];
    if (last && CONNECTOR.test(p.text)) {
      last.texts.push(p.text);
      last.lines.push(...p.lines);
      continue;
    }
    const label = parseLabel(p.text);
    current.items.push(item(p, [label.rest], label.label, label.kind));
  }
  return sections;
}

/** The heading of a document's footnote section. */
export const FOOTNOTE_HEADING = '脚注';

/** The section of a document's footnotes: one item per footnote, labelled with its number. */
function footnoteSection(footnotes: readonly Footnote[]): SectionDraft {
  return {
    heading: FOOTNOTE_HEADING,
    part: 'body',
    headingLines: [footnotes[0]!.line],
    items: footnotes.map((f) => ({ label: String(f.number), kind: 'number', texts: [f.text], lines: [f.line, f.lastLine], notes: [] })),
    metas: footnotes.map((f) => ({ footnote: { number: f.number, referredBy: [] } })),
  };
}

/** Fills each footnote record's `referredBy` with the ids of the records whose text carried its marker. */
function linkFootnotes(records: readonly ClauseRecord[]): void {
  for (const record of records) {
    const note = record.meta?.footnote;
    if (note) note.referredBy = records.filter((r) => r.notes.includes(note.number)).map((r) => r.id);
  }
}

/** Parses one marked slice; throws CorpusError naming the line when the document does not have the expected shape. */
export function parseMarkedDocument(slice: DocumentSlice): DocumentParse {
  const text = slice.lines.filter((l) => l.kind === 'text');
  const header = parseDocumentHeader(text);
  const footnotes = parseFootnotes(slice.lines);
  const numbers = new Set(footnotes.map((f) => f.number));
  const strip = (s: string) => stripMarkers(s, numbers);
  const paras: BodyParagraph[] = joinParagraphs(text.slice(header.bodyStart)).map((p) => {
    const stripped = strip(p.text);
    return { text: stripped.text, lines: p.lines, notes: stripped.notes };
  });
  const title = strip(header.title).text;
  const headerNotes = [header.identifier, header.title, ...header.history].flatMap((t) => strip(t).notes);
  const marked = new Set([...headerNotes, ...paras.flatMap((p) => p.notes)]);
  const unmarked = footnotes.find((f) => !marked.has(f.number));
  if (unmarked) throw new CorpusError(`footnote ${unmarked.number} of ${header.doc} has no marker in the text`, unmarked.line);
  const drafts = readSections(header.doc, header.kind, paras);
  // The adoption history as a record of its own, after the body (so the body's record ids stay put), under the
  // identifier line it is printed beneath: "哪年第一次通过" is answered and cited from it.
  if (header.historyText) {
    const history = strip(header.historyText);
    drafts.push({
      heading: strip(header.identifier).text,
      part: 'body',
      headingLines: [header.identifierLine],
      items: [{ texts: [history.text], lines: header.historyLines, label: '', kind: 'none', notes: history.notes }],
    });
  }
  // Each footnote as a record of its own, after the body and the history, naming the records that refer to it.
  if (footnotes.length) drafts.push(footnoteSection(footnotes));
  if (header.kind === 'resolution' && !drafts.some((d) => /^(?:进一步)?做出决议/.test(d.heading)))
    throw new CorpusError(`resolution ${header.doc} has no 做出决议 heading`, header.identifierLine);
  if (drafts.length === 0) throw new CorpusError(`document ${header.doc} has no sections`, header.identifierLine);
  const { sections, records } = buildSections(header.doc, title, drafts);
  linkFootnotes(records);
  const document: CorpusDocument = {
    doc: header.doc,
    kind: header.kind,
    status: slice.status,
    title,
    history: header.history.map((h) => strip(h).text),
    footnotes,
    sections,
    lines: sliceSpan(slice),
    identifier: strip(header.identifier).text,
  };
  if (header.opener) document.opener = header.opener;
  return { document, records };
}

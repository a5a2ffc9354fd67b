// Annex structure shared by all documents: captions "（第N号决议（…））", annex headings, part headings, titles.

const CAPTION = /^（第[^（）]+号决议（[^（）]+））$/;
const ANNEX = /^(附件[A-Z]?|后附资料|附录[一二三四五六])$/;
const PART = /^第(\d+)部分\s*–/;
const TITLE_END = /[。；：，]$/;

/** True for the "(to Resolution N)" caption printed before an annex heading (trap 2). */
export function isAnnexCaption(text: string): boolean {
  return CAPTION.test(text);
}

/** The annex name ("附件A", "后附资料", "附录一") when the paragraph is an annex heading; else null. */
export function annexName(text: string): string | null {
  return ANNEX.exec(text)?.[1] ?? null;
}

/** The part number when the paragraph is an annex part heading ("第1部分 – 总体研究领域"); else null. */
export function annexPart(text: string): string | null {
  return PART.exec(text)?.[1] ?? null;
}

/** True for a paragraph that can belong to an annex title: short, unlabelled, not a sentence. */
export function isAnnexTitleLine(text: string): boolean {
  return text.length <= 40 && !TITLE_END.test(text);
}

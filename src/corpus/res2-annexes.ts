// Res 2 annexes as users ask about them: one chunk per study group (SEED-MAP §4.1–4.4).

/** The study group a Res 2 annex paragraph opens a chunk for ("17", "TSAG"), or null when it opens none. */
export function studyGroupHeader(text: string): string | null {
  const header = /^ITU-T第(\d+)研究组$/.exec(text) ?? /^第(\d+)研究组\s+\S/.exec(text);
  if (header) return String(Number(header[1]));
  return text === 'TSAG' ? 'TSAG' : null;
}

/** Sections of Resolution 2 that describe one study group each (the section names its records carry). */
export const RES2_SECTIONS = {
  areaOfStudy: '附件A 第1部分',
  leadRoles: '附件A 第2部分',
  guidance: '附件B',
  recommendationSeries: '附件C',
} as const;

/** Documents whose annexes are chunked per study group. */
export function chunksAnnexesByStudyGroup(doc: string): boolean {
  return doc === '2';
}

// Recommendation ITU-T A.25: its numbered top-level section headings ("1 范围", "6 其他组织的文件纳入…").

const TOP_HEADING = /^\d{1,2}\s+\S[^。；：，]{0,40}$/;

/** True when the paragraph is a top-level numbered section heading of a recommendation. */
export function isRecommendationSectionHeading(text: string): boolean {
  return TOP_HEADING.test(text) && !/[）)]$/.test(text);
}

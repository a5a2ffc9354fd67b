// Study groups: a reference read the way users type it ("17", "SG17", "sg 17", "第17研究组", "TSAG"), and the groups the corpus describes.
import type { ParsedCorpus } from './types.js';

/** Normalises a study-group reference to "17", "TSAG" or "SCV"; null when it names no group. */
export function parseStudyGroup(input: string): string | null {
  const s = input
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, '')
    .toUpperCase();
  if (/^(TSAG|电信标准化顾问组)$/.test(s)) return 'TSAG';
  if (/^(SCV|词汇标准化委员会)$/.test(s)) return 'SCV';
  const m =
    /^(?:ITU-T)?(?:SG|STUDYGROUP)?(\d{1,2})$/.exec(s) ??
    /^(?:ITU-T|国际电联电信标准化部门)?第?(\d{1,2})(?:研究组|组)$/.exec(s);
  if (!m) return null;
  return String(Number(m[1]));
}

/** Groups the corpus describes (study groups with an Annex A entry, plus TSAG/SCV when listed), in numeric order. */
export function knownGroups(corpus: ParsedCorpus): string[] {
  const groups = new Set<string>();
  for (const r of corpus.records) {
    const sg = r.meta?.studyGroup;
    if (sg) groups.add(sg);
  }
  return [...groups].sort((a, b) => (Number(a) || 1000) - (Number(b) || 1000) || a.localeCompare(b));
}

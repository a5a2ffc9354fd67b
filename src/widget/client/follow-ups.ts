// Two or three follow-up questions built from an answer's citations: a study group's lead roles, chair and Questions,
// or what the cited resolution instructs, invites and is about.
import type { WidgetAnswer } from './api-schemas.js';

/** Question templates of one interface language. */
export interface FollowUpTemplates {
  /** About a study group ("SG17", "TSAG"): its lead roles, its chair, its Questions. */
  group(name: string): string[];
  /** About a resolution named as readers write it ("第44号决议", "Resolution 44"). */
  resolution(name: string): string[];
  /** How a resolution id is written in questions. */
  resolutionName(doc: string): string;
}

/** Words that mark a template as already asked when the question contains them too. */
const TOPIC_WORDS = [/牵头|lead/i, /主席|chair/i, /课题|Question/, /责成|instruct/i, /请成员国|invite/i, /关于什么|about/i];

const groupName = (g: string) => (/^\d+$/.test(g) ? `SG${g}` : g);

/** Up to three questions that follow from the answer, none repeating the topic of the question just asked. */
export function followUpQuestions(question: string, answer: WidgetAnswer, t: FollowUpTemplates): string[] {
  if (answer.refused || answer.citations.length === 0) return [];
  const cited = [...answer.citations].sort((a, b) => a.n - b.n);
  const group = cited.find((c) => c.meta?.studyGroup)?.meta?.studyGroup;
  const resolution = cited.find((c) => /^(\d+|COM[\w/-]+)$/.test(c.doc))?.doc;
  const candidates = group ? t.group(groupName(group)) : resolution ? t.resolution(t.resolutionName(resolution)) : [];
  const asked = TOPIC_WORDS.filter((w) => w.test(question));
  return candidates.filter((q) => q !== question && !asked.some((w) => w.test(q))).slice(0, 3);
}

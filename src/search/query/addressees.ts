// Finds the parties a question asks about as instructed or invited (电信标准化局主任, 成员国, 研究组 …).
import { normalizeForSearch } from '../lexical/normalize.js';

// Each party as printed in the resolutions' headings, with the ways users name it (Chinese short forms, English).
const PARTIES: [RegExp, string][] = [
  [/电信标准化局主任|(?<![a-z])tsb\s*主任|(?<![a-z])(?:tsb director|director of (?:the )?tsb|director of the telecommunication standardization bureau)(?![a-z])/g, '电信标准化局主任'],
  [/电信发展局主任|(?<![a-z])bdt\s*主任|(?<![a-z])(?:bdt director|director of (?:the )?bdt)(?![a-z])/g, '电信发展局主任'],
  [/无线电通信局主任|(?<![a-z])br\s*主任|(?<![a-z])(?:br director|director of (?:the )?br)(?![a-z])/g, '无线电通信局主任'],
  [/秘书长|(?<![a-z])secretary-general(?![a-z])/g, '秘书长'],
  [/电信标准化顾问组|(?<![a-z])tsag(?![a-z])/g, '电信标准化顾问组'],
  [/理事会|(?<![a-z])council(?![a-z])/g, '理事会'],
  // 研究组 in general (各研究组, 相关研究组), not one numbered group (第17研究组 is a study-group reference).
  [/(?<![\d第])研究组|(?<![a-z])study groups(?!\s*\d)/g, '研究组'],
  [/成员国|(?<![a-z])member states?(?![a-z])/g, '成员国'],
  [/部门准成员|(?<![a-z])associates?(?![a-z])/g, '部门准成员'],
  [/(?<!准)部门成员|(?<![a-z])sector members?(?![a-z])/g, '部门成员'],
  [/学术成员|学术界|(?<![a-z])academia(?![a-z])/g, '学术成员'],
  [/主管部门|(?<![a-z])administrations?(?![a-z])/g, '主管部门'],
  [/区域性电信组织|(?<![a-z])regional telecommunication organizations?(?![a-z])/g, '区域性电信组织'],
];

/** Parties the question names, as printed in headings, in order of mention, without repeats. */
export function findAddressees(question: string): string[] {
  const q = normalizeForSearch(question);
  const mentions: [number, string][] = [];
  for (const [re, party] of PARTIES) for (const m of q.matchAll(re)) mentions.push([m.index ?? 0, party]);
  mentions.sort((a, b) => a[0] - b[0]);
  return [...new Set(mentions.map(([, p]) => p))];
}

/** A normalised question with the parties it names removed (what else it asks). */
export function withoutAddressees(normalized: string): string {
  return PARTIES.reduce((q, [re]) => q.replace(re, ' '), normalized);
}

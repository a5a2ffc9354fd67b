// Whom an instruction addresses: the parties a 责成…/请… heading (or a 做出决议 clause opening with one) gives a task.
import type { ClauseRecord } from '../corpus/types.js';
import { findAddressees } from './query/addressees.js';
import { findStudyGroups } from './query/study-group-refs.js';

/** The parties a question names: study groups ("17", "TSAG") and instructed parties as printed (成员国 …). */
export interface AddressingHints {
  studyGroups: string[];
  addressees?: string[];
}

/** How a clause is addressed to the parties a question names: not at all, among others, or to them alone. */
export type Addressing = 'none' | 'shared' | 'exclusive';

// Verbs a heading or a 做出决议 clause gives a party its task with ("要求ITU-T第2研究组…").
const INSTRUCTION_VERB = '(?:责成|请|要求|鼓励|呼吁|敦促)';
const PARTY_NOUN = '(?:研究组|主任|成员国|成员|顾问组|秘书长|理事会|组织|委员会)';
// The parties an instruction opens with: "责成ITU-T第2、第3和第12研究组" of "责成ITU-T第2、第3和第12研究组继续…",
// not the groups named later in it ("…研究如ITU-T第2研究组所定义的…").
const ADDRESSEE_PHRASE = new RegExp(
  `^(?:根据[^，；：]{0,20}，)?((?:进一步)?(?:做出决议，)?${INSTRUCTION_VERB}[^，；：]{0,40}?${PARTY_NOUN}(?:(?:[和及与、]|以及)[^，；：]{0,16}?${PARTY_NOUN})*)`,
);
const INSTRUCTION_OPENING = new RegExp(`^(?:根据[^，；：]{0,20}，)?((?:进一步)?(?:做出决议，)?${INSTRUCTION_VERB}[^，；：]{0,40})`);

/** How an instruction (a 责成…/请… heading, or a clause opening with one) addresses the parties the question names. */
function instructionAddressing(text: string, hints: AddressingHints): Addressing {
  const phrase = ADDRESSEE_PHRASE.exec(text)?.[1] ?? INSTRUCTION_OPENING.exec(text)?.[1];
  if (phrase === undefined) return 'none';
  const groups = groupsNamedIn(phrase);
  const addressed =
    hints.studyGroups.some((g) => groups.includes(g)) ||
    (hints.addressees ?? []).some((a) => isSubsequence(a, phrase));
  if (!addressed) return 'none';
  const asked = new Set([...hints.studyGroups, ...(hints.addressees ?? [])]);
  if (asked.has('TSAG')) asked.add('电信标准化顾问组');
  return [...groups, ...findAddressees(phrase)].every((p) => asked.has(p)) ? 'exclusive' : 'shared';
}

/**
 * How a clause is addressed to the parties a question names: through the heading it sits under, or as a
 * 做出决议 clause that itself opens with the instruction ("责成第12研究组制定…", "根据做出决议1，责成…").
 */
export function clauseAddressing(record: ClauseRecord, hints: AddressingHints): Addressing {
  const bySection = instructionAddressing(record.section, hints);
  if (bySection !== 'none' || !/^(?:进一步)?做出决议$/.test(record.section)) return bySection;
  return instructionAddressing(record.text, hints);
}

/** True when a clause is addressed to a party the question names (see clauseAddressing). */
export function clauseAddresses(record: ClauseRecord, hints: AddressingHints): boolean {
  return clauseAddressing(record, hints) !== 'none';
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i += 1;
  return i === needle.length;
}

const namedGroups = new Map<string, string[]>();

/**
 * The study groups a heading, instruction or clause names ("第2、第3和第12研究组" → 2, 3, 12; "电信标准化顾问组" →
 * TSAG), read like a question's and remembered per text: corpus headings repeat for every clause under them.
 */
export function groupsNamedIn(text: string): string[] {
  let groups = namedGroups.get(text);
  if (!groups) {
    groups = findStudyGroups(text);
    namedGroups.set(text, groups);
  }
  return groups;
}

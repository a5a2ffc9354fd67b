// Finds the documents a question names (第44号决议, Res 44, COM4/AI, AI决议, A.25建议书) as CONTRACT §1 ids.
import { normalizeForSearch } from '../lexical/normalize.js';
import { blankLists, findNumberLists, type ListGrammar } from './number-lists.js';

/** New WTSA-24 resolutions by committee code, as printed between 第 and 号决议. */
export const COMMITTEE_DOCS = ['COM4/DPI', 'COM4/MV', 'COM4/SDT', 'COM3/APT-NG', 'COM4/VC', 'COM3/SP', 'COM4/AI', 'COM4/CLI-CL'];

// "<topic>决议" / "关于<topic>的决议": topics that name exactly one resolution of the corpus (its title's key words).
const TOPIC_DOCS: [RegExp, string][] = [
  [/ai|人工智能/g, 'COM4/AI'],
  [/元宇宙|metaverse|mv/g, 'COM4/MV'],
  [/dpi|数字公共基础设施/g, 'COM4/DPI'],
  [/sdt|可持续数字化转型|数字化转型/g, 'COM4/SDT'],
  [/车辆通信|车联网/g, 'COM4/VC'],
  [/战略规划/g, 'COM3/SP'],
  [/下一代专家|青年专家|年轻专家/g, 'COM3/APT-NG'],
  [/主叫位置信息|手机衍生主叫位置|cli-cl/g, 'COM4/CLI-CL'],
  [/网络安全/g, '50'],
  [/垃圾信息|垃圾邮件|spam/g, '52'],
  [/性别平等|性别/g, '55'],
  [/计算机事件响应团队|cirt/g, '58'],
  [/ipv6|互联网协议第6版/g, '64'],
  [/主叫方号码/g, '65'],
  [/无障碍/g, '70'],
  [/电磁场|emf/g, '72'],
  [/电子废弃物|e-waste/g, '79'],
  [/漫游/g, '88'],
  [/金融包容性/g, '89'],
  [/假冒|篡改/g, '96'],
  [/盗窃|被盗/g, '97'],
  [/物联网|数字孪生|智慧城市|iot/g, '98'],
  [/研究组的?重组/g, '99'],
  [/非洲通用应急号码/g, '100'],
  [/迂回呼叫/g, '29'],
  [/自愿捐赠/g, '34'],
  [/标准化工作差距|标准化差距|bsg/g, '44'],
  [/区域组/g, '54'],
  [/国际化域名|多语文域名/g, '48'],
  [/软件定义网络|sdn/g, '77'],
  [/电子卫生/g, '78'],
  [/循环经济|气候变化/g, '73'],
  [/一致性和互操作性|互操作性测试|c&i/g, '76'],
  [/万国邮政联盟|upu/g, '11'],
  [/电子工作方法/g, '32'],
];

/** Any of the topics: most text before 决议 names none, and one test spares the scan of every topic. */
const ANY_TOPIC = new RegExp(TOPIC_DOCS.map(([re]) => re.source).join('|'));

const TOPIC_BEFORE_RESOLUTION = /(?:关于|有关)?([a-z0-9&\-\u4e00-\u9fff]{1,12}?)(?:方面|相关|问题)?的?决议/g;
// 第44号决议, 44号决议, 第44、76号决议, 第44号和第76号决议 (a list item must not continue a word or number: "sg17和…").
// 第44号决议, 44号决议, 第44、76号决议, 第44号和第76号决议 (a list item must not continue a word or number: "sg17和…").
const NUMBERED: ListGrammar = {
  item: /(?:第 ?)?(\d{1,3})/y,
  separator: /(?: ?号)? ?(?:[、,和及与或]|以及) ?/y,
  closer: / ?号 ?决议/y,
  mayStartAt: (q, at) => !/[a-z0-9/.]/.test(q[at - 1] ?? ''),
};
// 决议44, 决议第44号 — but not 做出决议3 (a clause) nor 决议第3段 (a paragraph).
const RESOLUTION_FIRST = /(?<!做出|进一步做出)决议 ?(?:第 ?)?(\d{1,3})(?![\d/.])(?: ?(号))?(?! ?[段款项点条)])/g;
// Res 44, res. 44, Resolution 44, Resolutions 44 and 76 (not "resolves 3").
const ENGLISH = /(?<![a-z])res(?:olutions?)?\.? ?(?:no\.? ?)?(\d{1,3}(?: ?(?:,|and|&) ?\d{1,3})*)(?![\d/.])/g;
// A resolution of another body (全权代表大会第188号决议, ITU-R第75号决议, WTDC Resolution 45) is no WTSA document.
const OTHER_BODY =
  /(?:全权代表大会|全权代表|理事会|世界电信发展大会|wtdc|itu-[rd]|无线电通信全会|无线电通信部门|电信发展部门|联合国大会|联大|unga|(?<![a-z])(?:pp|ra)(?:-\d+)?)(?: ?的)?(?: ?第)? ?$/;
const COMMITTEE = /(?<![a-z0-9])com ?(\d) ?[/-] ?([a-z]+(?:-[a-z]+)?)/g;
// A.25, ITU-T A25, A25建议书 (without the dot only after ITU-T or before 建议书).
const RECOMMENDATION_A = /(?<![a-z0-9.])a ?\. ?(\d{1,3})(?![\d.])|(?<=itu-t ?)a ?(\d{1,3})(?![\d.])|(?<![a-z0-9.])a ?(\d{1,3})(?= ?建议书)/g;

// What withoutDocRefs blanks: a committee code or A.25 with the words that may follow it.
const COMMITTEE_SPAN = new RegExp(`(?:${COMMITTEE.source})(?: ?号)?(?: ?决议)?`, 'g');
const RECOMMENDATION_SPAN = new RegExp(`(?:${RECOMMENDATION_A.source})(?: ?建议书)?`, 'g');

/** A document id and where in the normalised question it was named. */
type Mention = [position: number, id: string];

/** True when the text right before `at` names another body (全权代表大会第71号决议): no WTSA document. */
const afterOtherBody = (q: string, at: number) => OTHER_BODY.test(q.slice(Math.max(0, at - 12), at));

function numberedDocs(q: string): Mention[] {
  const out: Mention[] = [];
  const each = (at: number, numbers: string[]) => {
    if (!afterOtherBody(q, at)) for (const n of numbers) out.push([at, String(Number(n))]);
  };
  for (const list of findNumberLists(q, NUMBERED)) each(list.start, list.numbers);
  for (const m of [...q.matchAll(RESOLUTION_FIRST), ...q.matchAll(ENGLISH)]) each(m.index ?? 0, (m[1] ?? '').match(/\d{1,3}/g) ?? []);
  return out;
}

function committeeDocs(q: string): Mention[] {
  return [...q.matchAll(COMMITTEE)].map((m) => {
    const id = `COM${m[1]}/${(m[2] ?? '').toUpperCase()}`;
    return [m.index ?? 0, COMMITTEE_DOCS.find((d) => d === id) ?? id];
  });
}

// The topic keyword nearest to 决议 decides ("网络安全相关的人工智能决议" → COM4/AI).
function topicDoc(topic: string): string | undefined {
  // "第44号决议" is read as a number; "做出决议" is a section, not a topic.
  if (/号$|^做出$|^\d+$/.test(topic) || !ANY_TOPIC.test(topic)) return undefined;
  let best: { end: number; doc: string } | undefined;
  for (const [re, doc] of TOPIC_DOCS) {
    for (const hit of topic.matchAll(re)) {
      const end = (hit.index ?? 0) + hit[0].length;
      if (!best || end > best.end) best = { end, doc };
    }
  }
  return best?.doc;
}

function topicDocs(q: string): Mention[] {
  const out: Mention[] = [];
  for (const m of q.matchAll(TOPIC_BEFORE_RESOLUTION)) {
    const doc = topicDoc(m[1] ?? '');
    if (doc) out.push([m.index ?? 0, doc]);
  }
  return out;
}

/** Document ids the question names, in order of first mention, without repeats. */
export function findDocRefs(question: string): string[] {
  const q = normalizeForSearch(question);
  // Blank committee codes out (same length, so positions hold) before reading numbers and topics.
  const rest = q.replace(COMMITTEE, (m) => ' '.repeat(m.length));
  const mentions: Mention[] = [
    ...committeeDocs(q),
    ...numberedDocs(rest),
    ...[...rest.matchAll(RECOMMENDATION_A)].map((m): Mention => [m.index ?? 0, `A.${Number(m[1] ?? m[2] ?? m[3])}`]),
    ...topicDocs(rest),
  ];
  mentions.sort((a, b) => a[0] - b[0]);
  return [...new Set(mentions.map(([, id]) => id))];
}

/** A normalised question with its document references removed (what else it asks). */
export function withoutDocRefs(normalized: string): string {
  // Another body's resolution (全权代表大会第71号决议) is what the question is about, not a WTSA document: it stays.
  // replace() passes the match, its groups, then the offset (the only number) and the whole input (the last string).
  const unlessOtherBody = (m: string, ...args: unknown[]) => {
    const at = args.find((a): a is number => typeof a === 'number') ?? 0;
    const input = args.findLast((a): a is string => typeof a === 'string') ?? '';
    return afterOtherBody(input, at) ? m : ' ';
  };
  const withoutCommittees = normalized.replace(/本届全会(?= ?(?:第 ?)?\d)/g, ' ').replace(COMMITTEE_SPAN, unlessOtherBody);
  const withoutLists = blankLists(withoutCommittees, findNumberLists(withoutCommittees, NUMBERED), (list) => afterOtherBody(withoutCommittees, list.start));
  return [RESOLUTION_FIRST, ENGLISH]
    .reduce((q, re) => q.replace(re, unlessOtherBody), withoutLists)
    .replace(RECOMMENDATION_SPAN, ' ')
    .replace(TOPIC_BEFORE_RESOLUTION, (m, topic: string) => (topicDoc(topic) ? ' ' : m));
}

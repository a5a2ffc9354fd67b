// Tells a question about a study group in general ("SG17负责什么？") from one about a topic within it.

/** Words of a generic "what does this group do / what are its Questions" question. */
const GENERIC_GROUP_WORDS =
  /ITU-T|SG\s*\d+|第?\d+研究组|研究组|study group \d+|TSAG|电信标准化顾问组|SCV|词汇标准化委员会|主要|负责|职责|职权|研究|领域|范围|工作|方向|什么|哪些|现在|目前|管|干|做|是|的|有|呢|吗|啥|课题|新|牵头|建议书|系列|指导|附件B|lead|series|guidance|recommendations?|mandate|what|which|does|do|is|are|the|of|for|its|responsib\w*|questions?|new|一共|总共|共|几个|几项|多少个?|多少项|how many|[？?，,。.！!\s]/gi;

/** True when the question asks about the group in general, not about one specific topic within it. */
export function isGenericGroupQuestion(question: string): boolean {
  return question.replace(GENERIC_GROUP_WORDS, '').length <= 2;
}

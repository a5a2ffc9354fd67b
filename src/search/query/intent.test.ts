import { describe, expect, it } from 'vitest';
import { guessIntent } from './intent.js';
import { findClauseLabels } from './clause-refs.js';
import { findDocRefs } from './doc-refs.js';
import { readStructuralRefs } from './structural-refs.js';
import { findStudyGroups } from './study-group-refs.js';

const intentOf = (q: string) => {
  const { questionIds, committees } = readStructuralRefs(q);
  return guessIntent(q, { docs: findDocRefs(q), studyGroups: findStudyGroups(q), clauseLabels: findClauseLabels(q), questionIds, committees });
};

describe('guessIntent', () => {
  it.each([
    ['SG17主要负责什么？', 'mandate'],
    ['第17研究组的研究领域', 'mandate'],
    ['17组管什么', 'mandate'],
    ['TSAG的职责是什么', 'mandate'],
    ['电子废弃物由哪个研究组牵头', 'mandate'],
    ['What is the mandate of SG17?', 'mandate'],
    ['What does Study Group 13 do?', 'mandate'],
    ['第44号决议讲什么', 'about-document'],
    ['第44号决议是关于什么的', 'about-document'],
    ['元宇宙决议的主要内容', 'about-document'],
    ['What is Resolution 44 about?', 'about-document'],
    ['第76号决议是哪一年首次通过的？', 'about-document'],
    ['When was Resolution 76 last revised?', 'about-document'],
    ['第73号决议说的工作计划是哪一年推出的？', 'general'],
    ['When was the climate work programme first launched, per Resolution 73?', 'general'],
    ['Is there an SG17 Question on quantum-based security?', 'questions'],
    ['SG21是谁当主席？', 'chairs'],
    ['第70号决议引用的世卫组织数字里，非洲有多少残疾人？', 'general'],
    ['第44号决议被哪些决议引用了？', 'cites'],
    ['What does Resolution 99 cite?', 'cites'],
    ['第4/1委员会的行动是什么？', 'actions'],
    ['谁被责成实施第44号决议', 'who-instructed'],
    ['第52号决议请谁', 'who-instructed'],
    ['网络安全决议责成了谁', 'who-instructed'],
    ['第98号决议责成了哪些研究组？', 'who-instructed'],
    ['Who is instructed to maintain the security roadmap?', 'who-instructed'],
    ['哪些是新决议', 'new-resolutions'],
    ['本届全会新增了哪些决议', 'new-resolutions'],
    ['Which resolutions are new?', 'new-resolutions'],
    ['Which resolutions did the assembly adopt for the first time?', 'new-resolutions'],
    ['Which resolutions did WTSA-24 add?', 'new-resolutions'],
    ['哪些决议引用了第44号决议', 'cites'],
    ['Which resolutions cite Resolution 2?', 'cites'],
    ['SG17的主席是谁', 'chairs'],
    ['sg12 主席谁', 'chairs'],
    ['SG9主席 哪国的', 'chairs'],
    ['第17研究组副主席有哪些', 'chairs'],
    ['Who chairs SG17?', 'chairs'],
    ['第17研究组有哪些课题', 'questions'],
    ['课题4/17', 'questions'],
    ['What are the questions of SG17?', 'questions'],
    ['哪个研究组牵头负责智慧城市？', 'mandate'],
    ['数字卫生归哪个组牵头？', 'mandate'],
    ['Q系列建议书由谁负责？', 'mandate'],
    ['Which study group is the lead for quality of service?', 'mandate'],
    ['Which SG is the lead for fighting counterfeit devices?', 'mandate'],
    ['SG13在云计算方面起什么作用？', 'mandate'],
    ['元宇宙那个新决议是讲什么的？', 'about-document'],
    ['第50号决议讲的什么', 'about-document'],
    ['第50号决议做出决议第4段说了什么？', 'general'],
    ['WTSA-24新通过的决议有哪些？', 'new-resolutions'],
    ['有没有关于人工智能的新决议', 'new-resolutions'],
    ['新德里全会有没有新出一个关于元宇宙的决议？', 'new-resolutions'],
    ['What should TSB prepare under the new resolution on the metaverse?', 'general'],
    ['哪个决议要求利用第76号决议的方法建测试中心？', 'cites'],
    ['A.25对被参引文件的版本有什么要求？', 'general'],
    ['第13研究组里日本的副主席是谁？', 'chairs'],
    ['SG3由谁担任主席？', 'chairs'],
    ['有没有印度的副主席？', 'chairs'],
    ['SG3主席在资费问题上要向谁报告？', 'who-instructed'],
    ['SCV的主席和副主席怎么产生？', 'general'],
    ['What is Question B/16 in the SG21 list about?', 'questions'],
    ['What does Resolution 67 ask TSB to do about translation?', 'general'],
    ['第93号决议让SG11研究什么？', 'general'],
    ['哪条决议引用了全权代表大会第130号决议？', 'cites'],
    ['哪个决议提到了理事会第1327号决议？', 'cites'],
    ['WTSA-24新设的关于战略规划的决议是哪个？', 'new-resolutions'],
    ['与第90号决议有关的行动是什么？', 'actions'],
    ['关于NGSO卫星，全会有什么行动？', 'actions'],
    ['第44号决议的行动计划有哪些内容', 'general'],
    ['网络安全方面有什么要求', 'general'],
    ['Which resolutions did WTSA-24 adopt on cybersecurity?', 'general'],
    ['发展中国家能得到什么帮助', 'general'],
    ['国际漫游费太贵了怎么办', 'general'],
  ] as const)('%s → %s', (q, intent) => {
    expect(intentOf(q)).toBe(intent);
  });
});

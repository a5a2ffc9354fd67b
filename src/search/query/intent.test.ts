import { describe, expect, it } from 'vitest';
import { guessIntent } from './intent.js';
import { findDocRefs } from './doc-refs.js';
import { findStudyGroups } from './study-group-refs.js';

const intentOf = (q: string) => guessIntent(q, { docs: findDocRefs(q), studyGroups: findStudyGroups(q) });

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
    ['谁被责成实施第44号决议', 'who-instructed'],
    ['第52号决议请谁', 'who-instructed'],
    ['网络安全决议责成了谁', 'who-instructed'],
    ['Who is instructed to maintain the security roadmap?', 'who-instructed'],
    ['哪些是新决议', 'new-resolutions'],
    ['本届全会新增了哪些决议', 'new-resolutions'],
    ['Which resolutions are new?', 'new-resolutions'],
    ['哪些决议引用了第44号决议', 'cites'],
    ['Which resolutions cite Resolution 2?', 'cites'],
    ['SG17的主席是谁', 'chairs'],
    ['第17研究组副主席有哪些', 'chairs'],
    ['Who chairs SG17?', 'chairs'],
    ['第17研究组有哪些课题', 'questions'],
    ['课题4/17', 'questions'],
    ['What are the questions of SG17?', 'questions'],
    ['网络安全方面有什么要求', 'general'],
    ['发展中国家能得到什么帮助', 'general'],
    ['国际漫游费太贵了怎么办', 'general'],
  ] as const)('%s → %s', (q, intent) => {
    expect(intentOf(q)).toBe(intent);
  });
});

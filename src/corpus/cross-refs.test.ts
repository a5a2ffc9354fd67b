import { describe, expect, it } from 'vitest';
import { findResolutionRefs } from './cross-refs.js';

describe('findResolutionRefs', () => {
  it.each([
    ['参见本届全会第1号决议（2022年，日内瓦，修订版）第7节', ['1']],
    ['[本届全会]有关自愿捐赠的第34号决议（[2022年，日内瓦]，修订版）', ['34']],
    ['同时特别考虑到WTSA第99号决议（2024年，新德里，修订版）', ['99']],
    ['根据第54号决议（2022年，日内瓦，修订版），必要时', ['54']],
    ['利用本届全会第44号决议（2024年，新德里，修订版）和第76号决议（2024年，新德里，修订版）', ['44', '76']],
    ['本届全会第44号和第54号决议（2022年，日内瓦，修订版）', ['44', '54']],
    ['根据第２号决议规定的工作范围', ['2']],
    ['第3/1委员会 与第68号决议有关的行动', ['68']],
    ['WTSA第90号决议（2016年，哈马马特）涉及', ['90']],
  ])('finds WTSA resolutions in %s', (text, refs) => {
    expect(findResolutionRefs(text)).toEqual(refs);
  });

  it.each([
    '全权代表大会第71号决议（2022年，布加勒斯特，修订版）',
    'WTDC第5号决议（2022年，基加利，修订版）所述',
    '理事会第1386号决议（C17，最后修改C24）',
    '联合国大会第70/1号决议',
    'ITU-R第75号决议（2023年，迪拜）',
    '国际电信世界大会第2号决议（2012年，迪拜）',
    '全权代表大会关于缩小发展中国家与发达国家之间标准化工作差距的第123号决议（2022年，布加勒斯特，修订版）',
  ])('ignores other bodies in %s', (text) => {
    expect(findResolutionRefs(text)).toEqual([]);
  });

  it('leaves out the document itself', () => {
    expect(findResolutionRefs('根据WTSA有关成立SCV的第67号决议（2008年，约翰内斯堡）', '67')).toEqual([]);
  });
});

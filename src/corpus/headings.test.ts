import { describe, expect, it } from 'vitest';
import { headingPart, isHeadingContinuation } from './headings.js';

describe('headingPart', () => {
  it('matches preamble headings on the whole paragraph only', () => {
    expect(headingPart('考虑到')).toBe('preamble');
    expect(headingPart('进一步认识到')).toBe('preamble');
    expect(headingPart('考虑到上述进一步认识到一段，以便为发展中国家提供帮助，')).toBeNull();
  });

  it('matches operative headings that are not sentences', () => {
    expect(headingPart('做出决议')).toBe('operative');
    expect(headingPart('做出决议，责成电信标准化局主任')).toBe('operative');
    expect(headingPart('请电信标准化局主任与电信发展局主任协作，')).toBe('operative');
    expect(headingPart('进一步做出决议，国际电联区域代表处')).toBe('operative');
    expect(headingPart('请ITU-T，尤其是ITU-T第5研究组在其职能范围内，扩大、延续并支持此领域中下列各项工作，但不局限于此：')).toBeNull();
    expect(headingPart('鼓励ITU-T各研究组与国际电联电信发展部门各研究组合作。')).toBeNull();
    expect(headingPart('ITU-T各研究组应审议')).toBeNull();
  });

  it('recognises a short comma-ended continuation line', () => {
    expect(isHeadingContinuation('并在可用财务资源范围内，')).toBe(true);
    expect(isHeadingContinuation('与成员国和其他部门成员协作，协助开发和部署虚拟实验室，以便在发展中国家开展远程测试，')).toBe(false);
    expect(isHeadingContinuation('a) 短，')).toBe(false);
  });
});

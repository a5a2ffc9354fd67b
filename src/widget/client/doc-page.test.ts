import { describe, expect, it } from 'vitest';
import { docTarget } from './doc-page.js';

describe('docTarget', () => {
  it('reads encoded and raw ids with the cited clause and quote', () => {
    expect(docTarget(new URL('http://h/docs/COM4%2FAI?clause=COM4%2FAI%233.1&q=%E4%BA%BA%E5%B7%A5'))).toEqual({
      doc: 'COM4/AI',
      clause: 'COM4/AI#3.1',
      span: null,
      quote: '人工',
    });
    expect(docTarget(new URL('http://h/docs/COM4/AI'))?.doc).toBe('COM4/AI');
    expect(docTarget(new URL('http://h/docs/44'))).toEqual({ doc: '44', clause: null, span: null, quote: null });
  });

  it('reads the quoted part as offsets, ignoring empty, reversed or malformed ones', () => {
    expect(docTarget(new URL('http://h/docs/2?clause=2%239.17&from=12&to=80'))?.span).toEqual({ from: 12, to: 80 });
    expect(docTarget(new URL('http://h/docs/2?clause=2%239.17&from=80&to=12'))?.span).toBeNull();
    expect(docTarget(new URL('http://h/docs/2?clause=2%239.17&from=-1&to=12'))?.span).toBeNull();
    expect(docTarget(new URL('http://h/docs/2?clause=2%239.17&from=1'))?.span).toBeNull();
  });

  it('rejects paths without an id and malformed escapes', () => {
    expect(docTarget(new URL('http://h/docs/'))).toBeNull();
    expect(docTarget(new URL('http://h/docs/%E4%ZZ'))).toBeNull();
  });
});

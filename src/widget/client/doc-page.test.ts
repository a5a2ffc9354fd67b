import { describe, expect, it } from 'vitest';
import { docTarget } from './doc-page.js';

describe('docTarget', () => {
  it('reads encoded and raw ids with the cited clause and quote', () => {
    expect(docTarget(new URL('http://h/docs/COM4%2FAI?clause=COM4%2FAI%233.1&q=%E4%BA%BA%E5%B7%A5'))).toEqual({
      doc: 'COM4/AI',
      clause: 'COM4/AI#3.1',
      quote: '人工',
    });
    expect(docTarget(new URL('http://h/docs/COM4/AI'))?.doc).toBe('COM4/AI');
    expect(docTarget(new URL('http://h/docs/44'))).toEqual({ doc: '44', clause: null, quote: null });
  });

  it('rejects paths without an id and malformed escapes', () => {
    expect(docTarget(new URL('http://h/docs/'))).toBeNull();
    expect(docTarget(new URL('http://h/docs/%E4%ZZ'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './language.js';

describe('chooseLanguage', () => {
  it('follows the browser when neither the reader nor the page chose', () => {
    expect(chooseLanguage(null, undefined, ['en-GB', 'zh-CN'])).toBe('en');
    expect(chooseLanguage(null, undefined, ['fr-FR', 'zh-TW'])).toBe('zh');
    expect(chooseLanguage(null, undefined, ['fr-FR'])).toBe('zh');
  });

  it('puts the page’s data-lang before the browser and the reader’s switch before both', () => {
    expect(chooseLanguage(null, 'zh', ['en-US'])).toBe('zh');
    expect(chooseLanguage('en', 'zh', ['zh-CN'])).toBe('en');
    expect(chooseLanguage('xx', undefined, ['en'])).toBe('en');
  });
});

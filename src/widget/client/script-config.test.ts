import { describe, expect, it } from 'vitest';
import { readScriptConfig } from './script-config.js';

describe('readScriptConfig', () => {
  it('takes the API origin from the script src, not from the host page', () => {
    const c = readScriptConfig('https://assist.example.org/widget.js?v=1', {}, 'https://delegates.example.com/page');
    expect(c.apiOrigin).toBe('https://assist.example.org');
    expect(c).toMatchObject({ position: 'right', openOnLoad: false, lang: undefined, theme: 'auto', mode: 'widget', title: '' });
  });

  it('reads the data attributes', () => {
    const c = readScriptConfig(
      '/widget.js',
      { title: ' 决议问答 ', position: 'left', open: 'true', lang: 'en', theme: 'dark', mode: 'page' },
      'http://127.0.0.1:3000/',
    );
    expect(c).toEqual({
      apiOrigin: 'http://127.0.0.1:3000',
      title: '决议问答',
      position: 'left',
      openOnLoad: true,
      lang: 'en',
      theme: 'dark',
      mode: 'page',
    });
  });

  it('falls back to defaults for invalid values', () => {
    const c = readScriptConfig('https://a.example/widget.js', { position: 'top', open: 'yes', lang: 'fr' }, 'https://b.example/');
    expect(c).toMatchObject({ position: 'right', openOnLoad: false, lang: undefined, theme: 'auto' });
    expect(readScriptConfig('/widget.js', { title: '长'.repeat(200) }, 'https://b.example/').title).toBe('');
  });
});

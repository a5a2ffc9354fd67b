import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrompt, PromptError, renderPrompt, type PromptName } from './prompts.js';

function promptsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadPrompt', () => {
  it('loads the shipped prompts with their comments removed', () => {
    const refusal = loadPrompt('refusal.zh');
    expect(refusal).toMatch(/无法回答/);
    expect(refusal).not.toContain('<!--');
    expect(loadPrompt('answer-system.zh')).toContain('{{refusal}}');
    expect(loadPrompt('answer-user.zh')).toContain('{{clauses}}');
  });

  it('names the file when it is missing or empty', () => {
    const dir = promptsDir({ 'refusal.zh.md': '<!-- only a comment -->\n' });
    expect(() => loadPrompt('refusal.en', dir)).toThrow(/refusal\.en\.md cannot be read/);
    expect(() => loadPrompt('refusal.zh', dir)).toThrow(/refusal\.zh\.md is empty/);
  });

  it('rejects a template with a missing or unknown placeholder', () => {
    const dir = promptsDir({ 'answer-user.zh.md': '{{history}} {{clauses}} {{qestion}}' });
    expect(() => loadPrompt('answer-user.zh', dir)).toThrow(PromptError);
    expect(() => loadPrompt('answer-user.zh', dir)).toThrow(/missing \{\{question\}\}; unknown \{\{qestion\}\}/);
  });

  it('rejects a refusal of more than one line and an unknown name', () => {
    const dir = promptsDir({ 'refusal.zh.md': '第一行\n第二行' });
    expect(() => loadPrompt('refusal.zh', dir)).toThrow(/one line/);
    expect(() => loadPrompt('nope' as PromptName, dir)).toThrow(/Unknown prompt "nope"/);
  });
});

describe('renderPrompt', () => {
  it('fills placeholders once, never expanding placeholders that appear inside values', () => {
    expect(renderPrompt('问：{{question}} 拒答：{{refusal}}', { question: '{{refusal}}？', refusal: '无' })).toBe('问：{{refusal}}？ 拒答：无');
  });

  it('throws on a placeholder without a value', () => {
    expect(() => renderPrompt('{{question}}', {})).toThrow(/question/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddingCache } from './embedding-cache.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'wtsa-cache-')), 'cache.json');

describe('EmbeddingCache', () => {
  it('returns saved vectors after reopening (float32 precision)', () => {
    const path = file();
    const cache = EmbeddingCache.open(path, 'model-a', 3);
    cache.set('第17研究组', [0.5, -0.25, 0.125]);
    cache.save();
    expect(EmbeddingCache.open(path, 'model-a', 3).get('第17研究组')).toEqual([0.5, -0.25, 0.125]);
  });

  it('starts empty for another model, a corrupt file, and drops texts no longer retained', () => {
    const path = file();
    const cache = EmbeddingCache.open(path, 'model-a', 2);
    cache.set('a', [1, 0]);
    cache.set('b', [0, 1]);
    cache.retain(['b']);
    cache.save();
    const reopened = EmbeddingCache.open(path, 'model-a', 2);
    expect(reopened.get('a')).toBeUndefined();
    expect(reopened.get('b')).toEqual([0, 1]);
    expect(EmbeddingCache.open(path, 'model-b', 2).get('b')).toBeUndefined();
    writeFileSync(path, 'not json');
    expect(EmbeddingCache.open(path, 'model-a', 2).get('b')).toBeUndefined();
  });

  it('refuses a vector of the wrong size', () => {
    expect(() => EmbeddingCache.open(file(), 'model-a', 3).set('x', [1])).toThrow(/3/);
  });
});

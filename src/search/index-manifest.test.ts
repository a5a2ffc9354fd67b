import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, readManifest, staleReason, type IndexInputs, type IndexManifest } from './index-manifest.js';

const inputs: IndexInputs = {
  model: 'BAAI/bge-small-zh-v1.5',
  modelSha256: 'm',
  corpusSha256: 'c',
  passagesSha256: 'p',
  records: 2574,
  units: 2688,
};
const manifest: IndexManifest = { formatVersion: 1, ...inputs, builtAt: '2026-11-26T00:00:00Z', buildMs: 1 };

describe('staleReason', () => {
  it('accepts an index built from the same inputs', () => {
    expect(staleReason(manifest, inputs)).toBeNull();
  });

  it.each([
    [{ corpusSha256: 'other' }, 'corpus'],
    [{ modelSha256: 'other' }, 'model'],
    [{ passagesSha256: 'other' }, 'passage'],
    [{ units: 1 }, 'passage'],
  ] as const)('names what changed (%o)', (change, word) => {
    expect(staleReason(manifest, { ...inputs, ...change })).toContain(word);
  });

  it('treats a missing manifest as no index', () => {
    expect(staleReason(null, inputs)).toBe('no index has been built');
  });
});

describe('readManifest', () => {
  it('reads a manifest it wrote and ignores a corrupt one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wtsa-manifest-'));
    expect(readManifest(dir)).toBeNull();
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
    expect(readManifest(dir)).toEqual(manifest);
    writeFileSync(join(dir, MANIFEST_FILE), '{"formatVersion": 1, "model": 3');
    expect(readManifest(dir)).toBeNull();
  });
});

// The index manifest: what an index was built from, so a stale index is rebuilt and never silently used.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  formatVersion: z.literal(1),
  model: z.string(),
  modelSha256: z.string(),
  corpusSha256: z.string(),
  passagesSha256: z.string(),
  records: z.number().int().nonnegative(),
  units: z.number().int().nonnegative(),
  builtAt: z.string(),
  buildMs: z.number().nonnegative(),
});

/** What an index was built from. */
export type IndexManifest = z.infer<typeof manifestSchema>;

/** The inputs that decide whether an index is current. */
export type IndexInputs = Pick<IndexManifest, 'model' | 'modelSha256' | 'corpusSha256' | 'passagesSha256' | 'records' | 'units'>;

/** File name of the manifest inside INDEX_DIR. */
export const MANIFEST_FILE = 'manifest.json';

/** sha256 of a file's bytes or of a string. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** sha256 of a file. */
export function fileSha256(file: string): string {
  return sha256(readFileSync(file));
}

/** Reads INDEX_DIR's manifest; null when absent or unreadable. */
export function readManifest(indexDir: string): IndexManifest | null {
  const file = join(indexDir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Why `manifest` does not describe an index of `inputs`; null when it is current. */
export function staleReason(manifest: IndexManifest | null, inputs: IndexInputs): string | null {
  if (!manifest) return 'no index has been built';
  if (manifest.model !== inputs.model || manifest.modelSha256 !== inputs.modelSha256) return 'the embedding model changed';
  if (manifest.corpusSha256 !== inputs.corpusSha256) return 'the corpus changed';
  if (manifest.passagesSha256 !== inputs.passagesSha256 || manifest.units !== inputs.units) {
    return 'the parsed records or their passage text changed';
  }
  return null;
}

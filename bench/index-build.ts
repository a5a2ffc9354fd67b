// The benchmark's one call into the index builder, kept apart so a change of its signature is fixed in one place.
import type { Config } from '../src/config.js';
import { buildIndex } from '../src/search/build-index.js';
import { progressDisplay } from '../src/cli/progress.js';

/** What one timed build did. */
export interface TimedBuild {
  ms: number;
  records: number;
  embedded: number;
  cached: number;
}

/** Rebuilds the index under config.INDEX_DIR (forced) and reports its wall time and embedding cache use. */
export async function timeIndexBuild(config: Config, phase: string): Promise<TimedBuild> {
  const progress = progressDisplay();
  const result = await buildIndex(config, { force: true, onProgress: (p) => progress.onProgress({ ...p, phase: `${phase}: ${p.phase}` }) }).finally(progress.stop);
  return { ms: result.ms, records: result.manifest.records, embedded: result.embedded, cached: result.cached };
}

// Embeddings cached by the sha256 of the embedded text, so an index rebuild re-embeds only what changed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const fileSchema = z.object({
  model: z.string(),
  dimensions: z.number().int().positive(),
  entries: z.record(z.string(), z.string()),
});

/** A persistent text → vector cache for one model. */
export class EmbeddingCache {
  private constructor(
    private readonly file: string,
    private readonly model: string,
    private readonly dimensions: number,
    private readonly entries: Map<string, string>,
  ) {}

  /** Opens the cache file; a missing, corrupt or other-model file starts an empty cache. */
  static open(file: string, model: string, dimensions: number): EmbeddingCache {
    let entries = new Map<string, string>();
    if (existsSync(file)) {
      const parsed = fileSchema.safeParse(safeJson(readFileSync(file, 'utf8')));
      if (parsed.success && parsed.data.model === model && parsed.data.dimensions === dimensions) {
        entries = new Map(Object.entries(parsed.data.entries));
      }
    }
    return new EmbeddingCache(file, model, dimensions, entries);
  }

  /** The cached vector of `text`, or undefined. */
  get(text: string): number[] | undefined {
    const encoded = this.entries.get(key(text));
    if (!encoded) return undefined;
    const buf = Buffer.from(encoded, 'base64');
    return Array.from(new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4));
  }

  /** Stores the vector of `text`. */
  set(text: string, vector: number[]): void {
    if (vector.length !== this.dimensions) throw new Error(`vector has ${vector.length} dimensions, expected ${this.dimensions}`);
    this.entries.set(key(text), Buffer.from(new Float32Array(vector).buffer).toString('base64'));
  }

  /** Keeps only the given texts' entries (drops vectors of texts no longer in the corpus). */
  retain(texts: string[]): void {
    const keep = new Set(texts.map(key));
    for (const k of this.entries.keys()) if (!keep.has(k)) this.entries.delete(k);
  }

  /** Writes the cache atomically. */
  save(): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ model: this.model, dimensions: this.dimensions, entries: Object.fromEntries(this.entries) }));
    renameSync(tmp, this.file);
  }
}

function key(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// In-memory BM25 over jieba tokens, with alias-expanded query terms weighted below the user's own words.
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { defaultAliases, type Aliases } from './aliases.js';
import { tokenizeParts } from './tokenize.js';

/** Tunables of the BM25 index. */
export interface Bm25Options {
  /** Term-frequency saturation (default 1.2). */
  k1?: number;
  /** Length normalisation, 0…1 (default 0.3: long Res 2 annex chunks must not lose to short table rows). */
  b?: number;
  /** Weight of a term that only an alias or the glossary brought into the query (default 0.7; the question's words weigh 1). */
  aliasWeight?: number;
  /** Weight of a word found only inside a longer word (第17研究组 → 研究组), in records and queries alike (default 0.8). */
  subWordWeight?: number;
  /** Alias rules for query expansion (default corpus/aliases.json). */
  aliases?: Aliases;
}

/** One hit: the item id and its BM25 score (higher is better). */
export interface Bm25Hit {
  id: string;
  score: number;
}

const itemsSchema = z.array(z.object({ id: z.string().min(1), text: z.string() }));
const optionsSchema = z.object({
  k1: z.number().min(0).default(1.2),
  b: z.number().min(0).max(1).default(0.3),
  aliasWeight: z.number().min(0).max(1).default(0.7),
  subWordWeight: z.number().min(0).max(1).default(0.8),
});

interface Posting {
  doc: number;
  tf: number;
}

/** Questions whose terms are kept: one answer reads its question's terms several times (search, coverage, quotes). */
const TERM_CACHE_SIZE = 64;

/** A BM25 index over `{id, text}` items; build once, search many times. */
export class Bm25Index {
  private readonly termCache = new LRUCache<string, ReadonlyMap<string, number>>({ max: TERM_CACHE_SIZE });

  private constructor(
    private readonly ids: string[],
    private readonly postings: Map<string, Posting[]>,
    private readonly docLengths: Float64Array,
    private readonly avgLength: number,
    private readonly k1: number,
    private readonly b: number,
    private readonly aliasWeight: number,
    private readonly subWordWeight: number,
    private readonly aliases: Aliases,
  ) {}

  /** Tokenizes and indexes the items (ids must be unique). */
  static build(items: { id: string; text: string }[], options: Bm25Options = {}): Bm25Index {
    const valid = itemsSchema.parse(items);
    const { k1, b, aliasWeight, subWordWeight } = optionsSchema.parse(options);
    const ids: string[] = [];
    const seen = new Set<string>();
    const postings = new Map<string, Posting[]>();
    const docLengths = new Float64Array(valid.length);
    valid.forEach((item, doc) => {
      if (seen.has(item.id)) throw new Error(`Bm25Index.build: duplicate id "${item.id}"`);
      seen.add(item.id);
      ids.push(item.id);
      const { words, parts } = tokenizeParts(item.text);
      docLengths[doc] = words.length + subWordWeight * parts.length;
      const tf = new Map<string, number>();
      for (const t of words) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of parts) tf.set(t, (tf.get(t) ?? 0) + subWordWeight);
      for (const [term, n] of tf) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push({ doc, tf: n });
      }
    });
    const total = docLengths.reduce((s, n) => s + n, 0);
    const avgLength = valid.length > 0 && total > 0 ? total / valid.length : 1;
    return new Bm25Index(ids, postings, docLengths, avgLength, k1, b, aliasWeight, subWordWeight, options.aliases ?? defaultAliases());
  }

  /** Number of indexed items. */
  get size(): number {
    return this.ids.length;
  }

  /** Query terms with their weights: the question's words 1, words inside them `subWordWeight`, whole alias phrases `aliasWeight`. */
  queryTerms(query: string): ReadonlyMap<string, number> {
    const cached = this.termCache.get(query);
    if (cached) return cached;
    const weights = new Map<string, number>();
    const add = (term: string, w: number) => weights.set(term, Math.max(w, weights.get(term) ?? 0));
    const { words, parts } = tokenizeParts(query);
    for (const t of words) add(t, 1);
    for (const t of parts) add(t, this.subWordWeight);
    for (const phrase of this.aliases.expand(query)) for (const t of tokenizeParts(phrase).words) add(t, this.aliasWeight);
    this.termCache.set(query, weights);
    return weights;
  }

  /** True when the term occurs in at least one indexed item. */
  occurs(term: string): boolean {
    return this.postings.has(term);
  }

  /** Inverse document frequency of a term (high for rare terms, near 0 for terms in every item). */
  idf(term: string): number {
    const n = this.ids.length;
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The alias rules this index expands queries with. */
  get aliasRules(): Aliases {
    return this.aliases;
  }

  /** The k best items for the query (score > 0), best first; `filter` keeps only the ids it accepts. */
  search(query: string, k: number, filter?: (id: string) => boolean): Bm25Hit[] {
    const n = this.ids.length;
    const scores = new Float64Array(n);
    for (const [term, weight] of this.queryTerms(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        const norm = this.k1 * (1 - this.b + (this.b * (this.docLengths[doc] ?? 0)) / this.avgLength);
        scores[doc] = (scores[doc] ?? 0) + (weight * idf * tf * (this.k1 + 1)) / (tf + norm);
      }
    }
    const hits: Bm25Hit[] = [];
    scores.forEach((score, doc) => {
      const id = this.ids[doc];
      if (score > 0 && id !== undefined && (!filter || filter(id))) hits.push({ id, score });
    });
    hits.sort((x, y) => y.score - x.score); // stable: ties keep source order
    return hits.slice(0, Math.max(0, k));
  }
}

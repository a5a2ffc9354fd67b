// An in-memory FeedbackStore for tests of the surfaces that record feedback.
import type { FeedbackStore, StoredFeedback } from '../../src/feedback/types.js';

/** A FeedbackStore keeping entries in an array (`entries`, oldest first) and remembering whether it was closed. */
export function createMemoryFeedback(): FeedbackStore & { entries: StoredFeedback[]; closed: boolean } {
  const store = {
    entries: [] as StoredFeedback[],
    closed: false,
    add(entry: Parameters<FeedbackStore['add']>[0]) {
      const stored = { ...entry, id: store.entries.length + 1, createdAt: new Date().toISOString() };
      store.entries.push(stored);
      return stored;
    },
    list: (limit = 50) => store.entries.slice(-limit).reverse(),
    close() {
      store.closed = true;
    },
  };
  return store;
}

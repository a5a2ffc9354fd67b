// A throwaway Store for tests of the surfaces: the real SQLite engine on an in-memory database.
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { IN_MEMORY } from '../../src/store/sqlite/open-database.js';
import type { Store } from '../../src/store/types.js';

/** A fresh, empty, migrated in-memory store (close it when done, or let the process end). */
export const openMemoryStore = (): Store => openSqliteStore(IN_MEMORY);

// Child process of the crash test: writes feedback to the SQLite store at argv[2] as fast as it can, printing each
// acknowledged id on its own line, until it is killed.
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

const store = openSqliteStore(process.argv[2]!);
for (let i = 0; ; i++) {
  const { id } = await store.feedback.add({ rating: 'up', question: `问题 ${i}`, answer: '答', citations: [], source: 'crash-test' });
  process.stdout.write(`${id}\n`);
}

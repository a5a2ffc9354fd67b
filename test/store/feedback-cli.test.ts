// `wtsa feedback` over the state database: text, CSV and JSON, per reason and per clause.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, SQLITE_FILE } from '../../src/store/sqlite/open-sqlite-store.js';
import { runWtsa } from './run-wtsa.js';

const dir = mkdtempSync(join(tmpdir(), 'wtsa-feedback-cli-'));
const c44 = { id: '44#5.1', doc: '44', section: '做出决议', label: '1' };

beforeAll(async () => {
  const store = openSqliteStore(join(dir, SQLITE_FILE));
  await store.feedback.add({ rating: 'down', reason: 'wrong-citation', question: '问', answer: '答', answerId: 'AbCdEfGh_-12', citations: [c44], source: 'widget' });
  await store.feedback.add({ rating: 'up', question: '问', answer: '答', citations: [c44], source: 'slack' });
  await store.close();
});

describe('wtsa feedback', () => {
  it('prints the totals and the clauses with their votes', () => {
    const { status, stdout } = runWtsa(['feedback'], { DATA_DIR: dir });
    expect(status).toBe(0);
    expect(stdout).toBe('all feedback: 👍 1  👎 1 (wrong-citation 1)\n\nper cited clause (most 👎 first):\n  44#5.1  第44号决议 · 做出决议 · 1\n    👍 1  👎 1 (wrong-citation 1)\n');
  });

  it('writes CSV and JSON', () => {
    expect(runWtsa(['feedback', '--csv'], { DATA_DIR: dir }).stdout.split('\n')[2]).toBe('44#5.1,44,做出决议,1,1,1,1,0,0,0,0,0');
    const report = JSON.parse(runWtsa(['feedback', '--json'], { DATA_DIR: dir }).stdout) as { total: { down: number } };
    expect(report.total.down).toBe(1);
  });

  it('refuses --csv with --json (exit 2)', () => {
    const { status, stderr } = runWtsa(['feedback', '--csv', '--json'], { DATA_DIR: dir });
    expect(status).toBe(2);
    expect(stderr).toContain('choose one of --csv and --json');
  });
});

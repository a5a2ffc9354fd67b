// kill -9 of a process writing feedback loses no write it acknowledged.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore, SQLITE_FILE } from '../../src/store/sqlite/open-sqlite-store.js';

describe('SQLite store under kill -9', () => {
  it('keeps every acknowledged feedback write when the writer is killed mid-stream', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wtsa-crash-')), SQLITE_FILE);
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'feedback-writer.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acknowledged: number[] = [];
    let partial = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
      child.stdout.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        acknowledged.push(...lines.map(Number));
        if (acknowledged.length >= 2000) resolve();
      });
    });
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');

    const store = openSqliteStore(file);
    const kept = new Set((await store.feedback.list(1_000_000)).map((f) => f.id));
    expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
    expect(kept.size).toBeGreaterThanOrEqual(acknowledged.length);
    await store.close();
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { progressDisplay } from './progress.js';

/** A stream that is not a terminal (as in CI logs), recording what is written. */
function plainStream() {
  const written: string[] = [];
  return { stream: { write: (s: string) => written.push(s) > 0, isTTY: false } as unknown as NodeJS.WritableStream, text: () => written.join('') };
}

/** A terminal stream with cursor control, recording what is written. */
function terminalStream() {
  const written: string[] = [];
  const stream = {
    isTTY: true,
    columns: 120,
    write: (s: string) => written.push(s) > 0,
    cursorTo: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
    moveCursor: () => true,
  };
  return { stream: stream as unknown as NodeJS.WritableStream, text: () => written.join('') };
}

describe('progressDisplay', () => {
  it('prints a plain line at each phase start, quarter and end (with ETA while running) when not on a terminal', () => {
    const { stream, text } = plainStream();
    const progress = progressDisplay(stream);
    progress.onProgress({ phase: 'building index (no index has been built)', done: 0, total: 200 });
    for (let done = 1; done <= 200; done += 1) progress.onProgress({ phase: 'embedding records', done, total: 200 });
    progress.onProgress({ phase: 'building HNSW graph', done: 0, total: 1 });
    progress.onProgress({ phase: 'building HNSW graph', done: 1, total: 1 });
    progress.stop();
    expect(text().split('\n').filter(Boolean)).toEqual([
      'building index (no index has been built): 0/200 (0%)',
      expect.stringMatching(/^embedding records: 1\/200 \(0%\), ETA \d+s$/),
      expect.stringMatching(/^embedding records: 50\/200 \(25%\), ETA \d+s$/),
      expect.stringMatching(/^embedding records: 100\/200 \(50%\), ETA \d+s$/),
      expect.stringMatching(/^embedding records: 150\/200 \(75%\), ETA \d+s$/),
      'embedding records: 200/200 (100%)',
      'building HNSW graph: 0/1 (0%)',
      'building HNSW graph: 1/1 (100%)',
    ]);
  });

  it('draws one bar per phase on a terminal and ends it with a new line', () => {
    const { stream, text } = terminalStream();
    const progress = progressDisplay(stream);
    progress.onProgress({ phase: 'eval hybrid', done: 0, total: 3 });
    progress.onProgress({ phase: 'eval hybrid', done: 3, total: 3 });
    expect(text()).toMatch(/eval hybrid \[=+\] 3\/3 100% \| ETA 0s[^\n]*\n$/);
  });

  it('shows ? for an unknown ETA and stop ends an unfinished bar so the process can exit', () => {
    const { stream, text } = terminalStream();
    const progress = progressDisplay(stream);
    progress.onProgress({ phase: 'building index (missing)', done: 0, total: 10 });
    progress.stop();
    progress.stop();
    expect(text()).toMatch(/building index \(missing\) \[-+\] 0\/10 0% \| ETA \?[^\n]*\n$/);
    expect(text().match(/\n/g)).toHaveLength(1);
  });
});

// A one-line progress bar on stderr for long CLI work (index build); plain lines when stderr is not a TTY.
import type { Progress } from '../assistant.js';

/** Returns an onProgress callback that draws `phase [#####     ] done/total`. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (p: Progress) => void {
  let lastPhase = '';
  let lastPrinted = -1;
  return (p) => {
    const pct = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 100;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      stream.write(`\r${p.phase} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${p.done}/${p.total}`);
      if (p.done >= p.total) stream.write('\n');
      return;
    }
    // Non-TTY (CI logs): a line per phase and per 10 %.
    if (p.phase !== lastPhase || pct >= lastPrinted + 10 || p.done >= p.total) {
      if (p.phase !== lastPhase) lastPrinted = -1;
      if (pct === lastPrinted) return;
      stream.write(`${p.phase}: ${p.done}/${p.total} (${pct}%)\n`);
      lastPhase = p.phase;
      lastPrinted = pct;
    }
  };
}

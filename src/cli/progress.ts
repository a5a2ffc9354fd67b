// Progress of long CLI work (index build, model load, evaluation runs) on stderr with cli-progress: a bar with ETA
// on a terminal, a plain line every few seconds (and at each phase's start and end) when stderr is not a TTY.
import cliProgress from 'cli-progress';
import type { Progress } from '../assistant.js';

/** How often a plain progress line is printed when stderr is not a terminal. */
const PLAIN_LINE_EVERY_MS = 5000;

/** Shows Progress reports; `stop` ends the current bar (call it when the work is over, also on failure). */
export interface ProgressDisplay {
  onProgress: (p: Progress) => void;
  stop: () => void;
}

/** One bar per phase on `stream`: a new phase ends the previous bar and starts its own, with its own ETA. */
export function progressDisplay(stream: NodeJS.WritableStream = process.stderr): ProgressDisplay {
  let bar: cliProgress.SingleBar | null = null;
  let phase = '';
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    onProgress: (p) => {
      if (!bar || p.phase !== phase) {
        stop();
        phase = p.phase;
        bar = new cliProgress.SingleBar({
          stream,
          format: '{phase} [{bar}] {value}/{total} {percentage}% | ETA {eta_formatted}',
          barsize: 30,
          noTTYOutput: true,
          notTTYSchedule: PLAIN_LINE_EVERY_MS,
          etaBuffer: 50,
          hideCursor: false,
        }, cliProgress.Presets.legacy);
        bar.start(p.total, p.done, { phase });
      }
      bar.update(p.done);
      if (p.done >= p.total) stop();
    },
    stop,
  };
}

// Progress of long CLI work (index build, model load, evaluation runs) on stderr: a cli-progress bar with ETA on a
// terminal; when stderr is not a terminal (CI logs, pipes), a plain line at each phase's start, quarter and end.
import cliProgress from 'cli-progress';
import type { Progress } from '../assistant.js';

/** Shows Progress reports; `stop` ends the current bar (call it when the work is over, also on failure). */
export interface ProgressDisplay {
  onProgress: (p: Progress) => void;
  stop: () => void;
}

/** ETA as cli-progress prints it (`35s`, `01m05s`), `?` while it is unknown. */
const formatTime: cliProgress.TimeFormatter = (t, options, roundTo) =>
  typeof t === 'number' && Number.isFinite(t) ? cliProgress.Format.TimeFormat(t, options, roundTo) : '?';

/** One cli-progress bar per phase: a new phase ends the previous bar and starts its own, with its own ETA. */
function terminalDisplay(stream: NodeJS.WritableStream): ProgressDisplay {
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
        bar = new cliProgress.SingleBar(
          { stream, format: '{phase} [{bar}] {value}/{total} {percentage}% | ETA {eta_formatted}', barsize: 30, etaBuffer: 50, formatTime },
          cliProgress.Presets.legacy,
        );
        bar.start(p.total, p.done, { phase });
      }
      bar.update(p.done);
      if (p.done >= p.total) stop();
    },
    stop,
  };
}

/** Plain lines `phase: done/total (pct%), ETA Ns` when a phase starts, passes a quarter and ends. */
function plainDisplay(stream: NodeJS.WritableStream): ProgressDisplay {
  let phase = '';
  let started = 0;
  let quarter = -1;
  return {
    onProgress: (p) => {
      if (p.phase !== phase) {
        phase = p.phase;
        started = Date.now();
        quarter = -1;
      }
      const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
      const reached = Math.floor(fraction * 4);
      if (reached === quarter) return;
      quarter = reached;
      const elapsed = (Date.now() - started) / 1000;
      const eta = fraction > 0 && fraction < 1 ? `, ETA ${Math.ceil((elapsed / fraction) * (1 - fraction))}s` : '';
      stream.write(`${p.phase}: ${p.done}/${p.total} (${Math.floor(fraction * 100)}%)${eta}\n`);
    },
    stop: () => {},
  };
}

/** The display for `stream`: a bar on a terminal, sparse plain lines elsewhere. */
export function progressDisplay(stream: NodeJS.WritableStream = process.stderr): ProgressDisplay {
  return (stream as NodeJS.WriteStream).isTTY ? terminalDisplay(stream) : plainDisplay(stream);
}

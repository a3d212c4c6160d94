/**
 * Progress on long work: a bar with rate and ETA redrawn in place on a terminal, a plain log line
 * every few seconds otherwise (CI logs, pipes).
 */
export interface Progress {
  tick(count: number, done: number, total: number): void;
  finish(): void;
}

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  // The first line waits one interval: short runs print no progress at all.
  let lastDraw = started;
  let drawn = false;
  const tty = stream.isTTY === true;
  const draw = (count: number, done: number, total: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = count / Math.max(seconds, 0.001);
    const fraction = total > 0 ? Math.min(done / total, 1) : 0;
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : NaN;
    const stats = `${count} ${label}  ${rate.toFixed(1)}/s${Number.isFinite(eta) ? `  ETA ${formatSeconds(eta)}` : ''}`;
    if (!tty) return stream.write(`${stats}  (${(fraction * 100).toFixed(0)}% of input)\n`);
    const width = 24;
    const filled = Math.round(fraction * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${stats}\x1b[K`);
  };
  let last: [number, number, number] = [0, 0, 0];
  return {
    tick(count, done, total) {
      last = [count, done, total];
      const now = Date.now();
      if (now - lastDraw < (tty ? 100 : 5000)) return;
      lastDraw = now;
      drawn = true;
      draw(count, done, total);
    },
    finish() {
      if (tty && drawn) {
        draw(...last);
        stream.write('\n');
      }
    },
  };
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

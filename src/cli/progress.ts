/**
 * A one-line progress display for a terminal ("Checking links 120/340"), redrawn in place at
 * most every 100 ms and wiped when done. Only used when standard error is a terminal.
 */
export interface ProgressLine {
  update: (done: number, total: number) => void;
  /** Removes the line (safe to call more than once). */
  clear: () => void;
}

export function progressLine(write: (text: string) => void, label: string, now: () => number = Date.now): ProgressLine {
  let shown = false;
  let lastDraw = -Infinity;
  return {
    update(done, total) {
      const time = now();
      if (done < total && time - lastDraw < 100) return;
      lastDraw = time;
      const width = 20;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}

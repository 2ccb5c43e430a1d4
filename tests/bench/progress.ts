/** A one-line progress bar on stderr (plain lines when stderr is not a terminal, e.g. in CI logs). */
export function progressBar(label: string): (done: number, total: number, phase: string) => void {
  const started = performance.now();
  let lastLine = 0;
  return (done, total, phase) => {
    const now = performance.now();
    const pct = total > 0 ? Math.min(1, done / total) : 1;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    const text = `${label} ${phase} ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${Math.round(rate).toLocaleString('en')}/s, ~${eta}s left)`;
    if (process.stderr.isTTY) {
      const width = 30;
      const fill = Math.round(pct * width);
      process.stderr.write(`\r[${'#'.repeat(fill)}${' '.repeat(width - fill)}] ${Math.round(pct * 100)}% ${text}`);
      if (done >= total) process.stderr.write('\n');
    } else if (now - lastLine > 5000 || done >= total) {
      lastLine = now;
      process.stderr.write(`${Math.round(pct * 100)}% ${text}\n`);
    }
  };
}

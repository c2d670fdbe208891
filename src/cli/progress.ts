/** A progress bar with ETA on stderr, only when stderr is a terminal. */
export class Progress {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly total: number | null, private readonly enabled: boolean) {}

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done !== this.total) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = this.done / Math.max(secs, 1e-3);
    let line: string;
    if (this.total) {
      const width = 30;
      const filled = Math.round((this.done / this.total) * width);
      const eta = (this.total - this.done) / Math.max(rate, 1e-9);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${rate.toFixed(0)} files/s ETA ${eta.toFixed(0)}s`;
    } else line = `${this.done} documents ${rate.toFixed(0)}/s`;
    process.stderr.write(`\r${line}\x1b[K`);
  }

  finish(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }

  summary(): string {
    const secs = (Date.now() - this.started) / 1000;
    return `${this.done} documents in ${secs.toFixed(1)} s (${(this.done / Math.max(secs, 1e-3)).toFixed(1)} files/s)`;
  }
}

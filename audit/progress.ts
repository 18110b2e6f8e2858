// Progress on stderr while the audit reads: what is being read, how much of it, and the time left at the
// current pace of each operation (each has its own quota, so the slowest one sets the time left).
import type { ProgressListener } from "./read";

interface Count {
  total: number;
  done: number;
  startedAt: number;
}

/** A line at most every `everyMs` (rewritten in place on a terminal); nothing when disabled. */
export class Progress {
  private readonly counts = new Map<string, Count>();
  private lastLine = 0;
  private written = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly options: { enabled: boolean; terminal: boolean; targets: number; everyMs?: number },
    private readonly now: () => number = () => performance.now(),
  ) {}

  readonly listener: ProgressListener = (event) => {
    const count = this.counts.get(event.what) ?? { total: 0, done: 0, startedAt: this.now() };
    count.total += event.add ?? 0;
    count.done += event.done ?? 0;
    this.counts.set(event.what, count);
    this.render(false);
  };

  /** Seconds left at each operation's pace so far; undefined until every operation has a pace. */
  secondsLeft(): number | undefined {
    let left = 0;
    for (const count of this.counts.values()) {
      const remaining = count.total - count.done;
      if (remaining === 0) continue;
      const elapsed = (this.now() - count.startedAt) / 1000;
      if (count.done === 0 || elapsed <= 0) return undefined;
      left = Math.max(left, remaining / (count.done / elapsed));
    }
    return left;
  }

  line(): string {
    const parts = [...this.counts].map(
      ([what, c]) => `${what} ${c.done.toLocaleString("en-US")}/${c.total.toLocaleString("en-US")}`,
    );
    const left = this.secondsLeft();
    const eta = left === undefined ? "" : `; about ${formatSeconds(left)} left at the current pace`;
    return `reading ${this.options.targets} account-region${this.options.targets === 1 ? "" : "s"}: ${parts.join(", ")}${eta}`;
  }

  /** Writes the final line (and ends the in-place line on a terminal). */
  finish(): void {
    this.render(true);
    if (this.options.enabled && this.options.terminal && this.written) this.write("\n");
  }

  private render(force: boolean): void {
    if (!this.options.enabled) return;
    const now = this.now();
    const every = this.options.everyMs ?? (this.options.terminal ? 200 : 5_000);
    if (!force && now - this.lastLine < every) return;
    this.lastLine = now;
    this.written = true;
    this.write(this.options.terminal ? `\r\x1b[K${this.line()}` : `${this.line()}\n`);
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`;
}

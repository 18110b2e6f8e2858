// A benchmark figure (a ratio, size or count with its target) and the summary table that lists them.

/** What a figure counts in; ratios are dimensionless ("×"). */
type Unit = "×" | "ms" | "µs" | "bytes" | "requests" | "failures" | "modules" | "req/s";

/** One number a benchmark reports. It passes when `value <= target.atMost`; no target means report only. */
export interface Figure {
  /** The benchmark's item number (1–8 from the benchmarks issue, 9 the snapshot catalog, 10 other kinds). */
  readonly item: number;
  readonly name: string;
  readonly value: number;
  readonly unit: Unit;
  readonly target?: { readonly atMost: number; readonly text?: string };
  /** The measurements behind the value, for the reader who doubts it. */
  readonly detail?: string;
}

export type Verdict = "PASS" | "MISS" | "—";

export function verdict(figure: Figure): Verdict {
  if (!figure.target) return "—";
  return figure.value <= figure.target.atMost ? "PASS" : "MISS";
}

/** The value with as many decimals as its unit deserves. */
function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case "×":
      return `${value.toFixed(3)}×`;
    case "ms":
      return `${value.toFixed(1)} ms`;
    case "µs":
      return `${value.toFixed(2)} µs`;
    case "req/s":
      return `${Math.round(value).toLocaleString("en-US")} req/s`;
    default:
      return `${Math.round(value).toLocaleString("en-US")} ${unit}`;
  }
}

function formatTarget(figure: Figure): string {
  if (!figure.target) return "(report)";
  return figure.target.text ?? `≤ ${formatValue(figure.target.atMost, figure.unit)}`;
}

/** One line per figure, as the runner prints them while it goes. */
export function formatFigure(figure: Figure): string {
  const line = `  [${verdict(figure)}] ${figure.item}. ${figure.name}: ${formatValue(figure.value, figure.unit)} (target ${formatTarget(figure)})`;
  return figure.detail ? `${line}\n         ${figure.detail}` : line;
}

/** The summary: every figure with its target and verdict, aligned in columns (Markdown-compatible). */
export function summaryTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    String(f.item),
    f.name,
    formatValue(f.value, f.unit),
    formatTarget(f),
    verdict(f),
  ]);
  const header = ["#", "figure", "value", "target", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

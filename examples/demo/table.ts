// Plain-text tables and headings for the demo's report.

/** Renders rows under a header, each column as wide as its widest cell; numbers right-aligned. */
export function table(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const line = (row: readonly (string | number)[], raw: string[]) =>
    raw
      .map((cell, i) => (typeof row[i] === "number" ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ");
  const [head, ...body] = cells;
  return [
    line(header, head),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...body.map((raw, i) => line(rows[i], raw)),
  ]
    .map((l) => `  ${l.trimEnd()}`)
    .join("\n");
}

export function heading(text: string): string {
  return `\n${text}\n${"=".repeat(text.length)}`;
}
